using System.Net;
using System.Net.Http.Json;
using Concordia.Web.Api.Registry;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Web.Tests;

/// <summary>Starts the product as `concordia serve` does — a real Kestrel on a loopback port over a new SQLite file.</summary>
public sealed class ServeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "concordia-serve-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task BuildAsync_NewSqliteFile_CreatesItAndServesTheRegistry()
    {
        var path = Path.Combine(_folder, "first-run", "concordia.db");
        var options = new ConcordiaHostOptions { SqlitePath = path, Urls = "http://127.0.0.1:0", LoadSampleCorpus = false };

        await using var app = await ConcordiaWebApp.BuildAsync(options);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        var response = await client.GetAsync("/api/v1/mechanisms/mekong-japan");
        await app.StopAsync();

        Assert.True(File.Exists(path), $"{path} was not created");
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mechanism = await response.Content.ReadFromJsonAsync<MechanismResponse>();
        Assert.Equal(6, mechanism!.Members.Count);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
