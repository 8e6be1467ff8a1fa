using Concordia.E2E.Review;

namespace Concordia.E2E.Search;

[Collection(IngestedPortalCollection.Name)]
public sealed class SearchTests(IngestedPortalFixture fixture)
{
    [Fact]
    public async Task Search_NameWithoutDiacritics_FindsTheAccentedPersonAndMarksIt()
    {
        await using var s = await fixture.Portal.OpenAsync();
        await s.GoAsync("/search?q=bui+thanh+son");

        var person = s.Page.Locator("li.hit.kind-person").First;
        Assert.Equal("Bùi Thanh Sơn", (await person.Locator("a").InnerTextAsync()).Trim());
        Assert.Equal(["Bùi", "Thanh", "Sơn"], await person.Locator("mark").AllInnerTextsAsync());
        await s.ScreenshotAsync("search");
    }

    [Fact]
    public async Task Search_AccentedQuery_FindsTheDocumentWrittenWithoutDiacritics()
    {
        await using var s = await fixture.Portal.OpenAsync();
        await s.GoAsync("/search?q=" + Uri.EscapeDataString("Bùi Thanh Sơn"));

        var hit = s.Page.Locator($"li.hit.kind-document:has(a[href='/documents/{fixture.DocumentId}'])");
        Assert.Equal(1, await hit.CountAsync());
        Assert.Contains("Bui", await hit.Locator("mark").AllInnerTextsAsync());
    }

    [Fact]
    public async Task Search_VietnameseWithoutTones_FindsHoiNghiFromTheSearchBox()
    {
        await using var s = await fixture.Portal.OpenAsync(javaScript: false);
        await s.GoAsync("/search");
        await s.Page.Locator("main form input[name=q]").FillAsync("hoi nghi");
        await s.Page.Locator("main form button[type=submit]").ClickAsync();
        await s.Page.WaitForURLAsync("**/search?q=hoi+nghi");

        var titles = await s.Page.Locator("li.hit a").AllInnerTextsAsync();
        Assert.Contains(titles, t => t.StartsWith("Hội nghị Bộ trưởng Ngoại giao Mekong", StringComparison.Ordinal));
        Assert.Contains("Hội", await s.Page.Locator("li.hit mark").AllInnerTextsAsync());
    }

    [Fact]
    public async Task Search_DocumentWithScriptPayloads_SnippetStaysInert()
    {
        await using var s = await fixture.Portal.OpenAsync();
        await s.GoAsync("/search?q=pwned+onerror");

        Assert.True(await s.Page.Locator("li.hit.kind-document").CountAsync() >= 1);
        Assert.Equal(0, await s.Page.Locator("main script, main img, main iframe, main svg").CountAsync());
        Assert.Null(await s.Page.EvaluateAsync<string?>("() => window.__pwned ?? null"));
        Assert.Empty(s.PageErrors);
    }
}
