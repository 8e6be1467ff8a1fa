using Concordia.Application.Abstractions;
using Concordia.Application.FollowUp;
using Concordia.Web;
using Concordia.Web.Api.Exports;
using Concordia.Web.Api.FollowUp;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Web.Tests.FollowUp;

/// <summary>
/// The product's services (ConcordiaWebApp.Configure) on a real SQLite file and a real loopback port, with only the
/// follow-up, finance and export endpoint groups mapped, so these tests do not depend on how the root maps them.
/// </summary>
public sealed class FollowUpHost : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "concordia-web-followup", Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new ConcordiaHostOptions
        {
            SqlitePath = Path.Combine(_folder, "concordia.db"), Urls = "http://127.0.0.1:0", LoadSampleCorpus = false,
        };
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        ConcordiaWebApp.Configure(builder, options);
        builder.Services.AddConcordiaFollowUp(new FollowUpOptions
        {
            Export = new Application.Exports.ExportOptions { BaseUrl = new Uri("https://concordia.example.org/") },
        });
        _app = builder.Build();
        await using (var scope = _app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IDatabaseInitializer>().InitializeAsync();
        _app.UseExceptionHandler();
        _app.MapFollowUpApi();
        _app.MapExportsApi();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task<T> Db<T>(Func<IConcordiaDb, Task<T>> work)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IConcordiaDb>());
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
