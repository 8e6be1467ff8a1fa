using Concordia.Application.Abstractions;
using Concordia.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace Concordia.E2E.Infrastructure;

/// <summary>
/// The real Concordia app on a loopback port with a fresh SQLite file holding <see cref="FixtureRegistry"/>, and one
/// headless Debian Chromium shared by every test of the <see cref="PortalCollection"/>. Tests open pages through
/// <see cref="OpenAsync"/>, which refuses and records any request that would leave 127.0.0.1.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("concordia-e2e-").FullName;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public FixtureIds Ids { get; private set; } = null!;
    public FakeTimeProvider Clock { get; } = new(FixtureRegistry.Today);

    /// <summary>The app's services, for tests that add records or read what a page changed (use a scope).</summary>
    public IServiceProvider Services => _app!.Services;

    public string SqlitePath => Path.Combine(_folder, "concordia.db");

    /// <summary>Longer than a cold start on a loaded machine; a start that hangs fails the run instead of stalling CI.</summary>
    public static readonly TimeSpan StartupLimit = TimeSpan.FromMinutes(4);

    public Task InitializeAsync() => StartAsync().WaitAsync(StartupLimit);

    private async Task StartAsync()
    {
        var options = new ConcordiaHostOptions { SqlitePath = SqlitePath, Urls = "http://127.0.0.1:0", LoadSampleCorpus = false };
        var builder = ConcordiaWebApp.CreateBuilder(options);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        _app = builder.Build();
        await ConcordiaWebApp.InitializeAsync(_app);
        await using (var scope = _app.Services.CreateAsyncScope())
            Ids = await FixtureRegistry.SeedAsync(scope.ServiceProvider.GetRequiredService<IConcordiaDb>());
        _app.MapEndpoints();
        await _app.StartAsync();
        BaseUrl = _app.Urls.Single().TrimEnd('/');
        if (!new Uri(BaseUrl).IsLoopback) throw new InvalidOperationException($"The test app must listen on loopback, not {BaseUrl}");

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context and page; dispose it to check that no request left the machine.</summary>
    public Task<BrowserSession> OpenAsync(bool javaScript = true, string? locale = "en-GB") =>
        BrowserSession.StartAsync(Browser, BaseUrl, javaScript, locale);

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }

        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left in the temp folder; it does not affect other runs.
        }
    }

    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("CONCORDIA_CHROMIUM") is { Length: > 0 } env ? env : "/usr/bin/chromium";
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"Chromium not found at {path}: install Debian's chromium (test.sh does) or set CONCORDIA_CHROMIUM");
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "Portal in Chromium";
}
