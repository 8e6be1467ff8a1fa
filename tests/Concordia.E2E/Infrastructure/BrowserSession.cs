using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Concordia.E2E.Infrastructure;

/// <summary>
/// One browser context on the test app. Every request is observed; one to any host but 127.0.0.1 is aborted before
/// it is sent and recorded in <see cref="Refused"/>, so a test can prove the portal asked nothing of the outside.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _refused = new();
    private readonly ConcurrentQueue<string> _console = new();
    private readonly ConcurrentQueue<string> _pageErrors = new();

    private BrowserSession(IBrowserContext context, IPage page, string baseUrl)
    {
        _context = context;
        Page = page;
        BaseUrl = baseUrl;
    }

    public IPage Page { get; }
    public string BaseUrl { get; }
    public IReadOnlyCollection<string> Requests => _requests.ToArray();
    public IReadOnlyCollection<string> Refused => _refused.ToArray();

    /// <summary>Console errors and warnings (a Content-Security-Policy violation shows up here).</summary>
    public IReadOnlyCollection<string> ConsoleProblems => _console.ToArray();

    public IReadOnlyCollection<string> PageErrors => _pageErrors.ToArray();

    public static async Task<BrowserSession> StartAsync(IBrowser browser, string baseUrl, bool javaScript, string? locale)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            JavaScriptEnabled = javaScript,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        var session = new BrowserSession(context, page, baseUrl);
        await context.RouteAsync("**/*", session.GuardAsync);
        context.Request += (_, r) => session._requests.Enqueue(r.Url);
        page.Console += (_, m) =>
        {
            if (m.Type is "error" or "warning") session._console.Enqueue(m.Text);
        };
        page.PageError += (_, e) => session._pageErrors.Enqueue(e);
        return session;
    }

    public static bool IsLocal(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme is "data" or "blob" or "about" || uri.Host == "127.0.0.1");

    /// <summary>Opens a path of the app and fails unless the response is a success.</summary>
    public async Task<IResponse> GoAsync(string path)
    {
        var response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.NotNull(response);
        Assert.True(response.Ok, $"{path} answered {response.Status}");
        return response;
    }

    /// <summary>Saves a full-page screenshot as artifacts/screenshots/{name}.png.</summary>
    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        Assert.True(_refused.IsEmpty, "requests left 127.0.0.1: " + string.Join(", ", _refused));
    }

    private async Task GuardAsync(IRoute route)
    {
        var url = route.Request.Url;
        if (IsLocal(url))
        {
            await route.ContinueAsync();
            return;
        }

        _refused.Enqueue(url);
        await route.AbortAsync("blockedbyclient");
    }
}
