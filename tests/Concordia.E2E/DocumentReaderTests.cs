using Concordia.E2E.Infrastructure;

namespace Concordia.E2E;

[Collection(PortalCollection.Name)]
public sealed class DocumentReaderTests(PortalFixture portal)
{
    [Fact]
    public async Task Reader_Statement_HighlightsEachFactAndLinksItToItsRecord()
    {
        await using var s = await portal.OpenAsync();
        await s.GoAsync($"/documents/{portal.Ids.StatementEn}");

        var marks = s.Page.Locator(".document-text a.fact");
        Assert.Equal(3, await marks.CountAsync());
        Assert.Equal("the 13th Mekong–Japan Foreign Ministers' Meeting", await s.Page.Locator(".document-text a.fact-meeting").InnerTextAsync());
        Assert.Equal("Bùi Thanh Sơn", await s.Page.Locator(".document-text a.fact-person").InnerTextAsync());

        await s.Page.ClickAsync(".document-text a.fact-meeting");
        var target = s.Page.Locator("ol.fact-list li:target");
        Assert.Contains("Accepted", await target.InnerTextAsync());
        await target.Locator("a:text('Open the record')").ClickAsync();
        Assert.EndsWith($"/meetings/{portal.Ids.Meeting13}", s.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reader_ScriptPayloads_RenderAsInertText()
    {
        await using var s = await portal.OpenAsync();
        await s.GoAsync($"/documents/{portal.Ids.HostileDocument}");
        await s.ScreenshotAsync("document-hostile");

        Assert.Equal("<script>document.title='pwned'</script>Statement · Concordia", await s.Page.TitleAsync());
        Assert.Equal("undefined", await s.Page.EvaluateAsync<string>("typeof window.__pwned"));
        var normalised = await s.Page.Locator(".document-text").TextContentAsync();
        Assert.StartsWith("Notes from the Mekong–Japan working group.\n<script>window.__pwned = 'quoted'; document.title = 'pwned';</script> was pasted",
            normalised, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", normalised, StringComparison.Ordinal);
        Assert.Equal("<script>window.__pwned = 'quoted'; document.title = 'pwned';</script>",
            await s.Page.Locator(".document-text a.fact").InnerTextAsync());
        Assert.Equal(0, await s.Page.Locator("main script, main img, main svg, main iframe, main style").CountAsync());
        Assert.Empty(s.PageErrors);
        Assert.DoesNotContain(s.ConsoleProblems, m => m.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reader_OriginalText_ShowsEveryPayloadAsTextAndRunsNone()
    {
        await using var s = await portal.OpenAsync();
        await s.GoAsync($"/documents/{portal.Ids.HostileDocument}#original");

        var original = s.Page.Locator("pre.original");
        Assert.Equal(FixtureRegistry.HostileText, await original.TextContentAsync());
        foreach (var payload in new[] { "<script>window.__pwned = 'script';", "onerror=\"window.__pwned = 'onerror'\"", "<svg onload=", "href=\"javascript:" })
            Assert.Contains(payload, await original.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await original.Locator("*").CountAsync());
        await s.Page.ClickAsync("nav.tabs a[href='#original']");
        await s.ScreenshotAsync("document-original");
        Assert.Equal("undefined", await s.Page.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.DoesNotContain(s.Requests, r => r.Contains(".invalid", StringComparison.Ordinal));
        Assert.Empty(s.PageErrors);
    }

    [Fact]
    public async Task Reader_Vietnamese_NamesTheOriginalText()
    {
        await using var s = await portal.OpenAsync();
        await s.GoAsync($"/culture?lang=vi&returnUrl=%2Fdocuments%2F{portal.Ids.HostileDocument}");

        Assert.Equal("Văn bản gốc", await s.Page.Locator("h2#original").InnerTextAsync());
    }

    [Fact]
    public async Task Reader_Response_CarriesAContentSecurityPolicyWithoutInlineScript()
    {
        await using var s = await portal.OpenAsync();
        var response = await s.GoAsync($"/documents/{portal.Ids.HostileDocument}");
        var csp = await response.HeaderValueAsync("content-security-policy");

        Assert.NotNull(csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
    }
}
