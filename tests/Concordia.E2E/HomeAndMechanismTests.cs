using Concordia.Application.Abstractions;
using Concordia.E2E.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Concordia.E2E;

[Collection(PortalCollection.Name)]
public sealed class HomeAndMechanismTests(PortalFixture portal)
{
    [Fact]
    public async Task Home_FixtureRegistry_ShowsMechanismsAtAGlanceAndRecentDocuments()
    {
        await using var s = await portal.OpenAsync();
        await s.GoAsync("/");

        var row = s.Page.Locator("table.glance tr", new PageLocatorOptions { HasText = "Mekong–Japan Cooperation" });
        Assert.Contains("6", await row.Locator("td.num").First.InnerTextAsync());
        Assert.Contains("13th MJC Foreign Ministers' Meeting", await row.Locator("td").Nth(2).InnerTextAsync());
        Assert.Contains("14th MJC Foreign Ministers' Meeting", await row.Locator("td").Nth(3).InnerTextAsync());
        Assert.Equal("1", (await row.Locator("a.overdue").InnerTextAsync()).Trim());
        Assert.Equal(3, await s.Page.Locator("ul.documents li").CountAsync());
        Assert.Equal("/search", await s.Page.Locator("form.search.big").GetAttributeAsync("action"));
        await s.ScreenshotAsync("home");
    }

    [Fact]
    public async Task Mechanism_MekongJapan_ShowsTimelineWithResumptionCoChairsAndOrdinals()
    {
        await using var s = await portal.OpenAsync();
        await s.GoAsync("/mechanisms/mekong-japan");

        var timeline = s.Page.Locator("ol.timeline");
        var items = await timeline.Locator("li").AllInnerTextsAsync();
        var gap = items.ToList().FindIndex(t => t.Contains("Resumed after 6 years", StringComparison.Ordinal));
        Assert.True(gap > 0, "the six-year gap before the 13th meeting is marked: " + string.Join(" | ", items));
        Assert.Contains("12th MJC Foreign Ministers' Meeting", items[gap - 1]);
        Assert.Contains("13th MJC Foreign Ministers' Meeting", items[gap + 1]);
        Assert.Contains("Bùi Thanh Sơn", items[gap + 1]);
        Assert.Contains("Iwaya Takeshi", items[gap + 1]);
        Assert.Contains("10 July 2025", items[gap + 1]);
    }

    [Fact]
    public async Task Mechanism_MekongJapan_ShowsStrategyPillarsAndCommitmentsWithCompliance()
    {
        await using var s = await portal.OpenAsync();
        await s.GoAsync("/mechanisms/mekong-japan");

        Assert.Equal(3, await s.Page.Locator("ol.pillars li").CountAsync());
        Assert.Contains("Digital transformation", await s.Page.Locator("ol.pillars").InnerTextAsync());
        var overdue = s.Page.Locator("table.commitments tr.overdue");
        Assert.Equal(1, await overdue.CountAsync());
        Assert.Contains("Resume the Mekong–Japan Summit", await overdue.InnerTextAsync());
        Assert.Contains("+1", await s.Page.Locator("table.commitments").InnerTextAsync());
        Assert.Contains("Compliance score 1.00 over 1 judged.", await s.Page.Locator("#commitments + p").InnerTextAsync());
    }

    [Fact]
    public async Task Mechanism_MemberMap_DrawsMemberShapesFromLocalAssets()
    {
        await using var s = await portal.OpenAsync();
        await s.GoAsync("/mechanisms/mekong-japan");

        var map = s.Page.Locator("#member-map.ready.leaflet-container");
        await map.WaitForAsync();
        await s.Page.WaitForFunctionAsync("document.querySelectorAll('#member-map path.leaflet-interactive').length > 100");
        Assert.Contains(s.Requests, r => r.EndsWith("/lib/world-atlas/countries-50m.json", StringComparison.Ordinal));
        Assert.Contains(s.Requests, r => r.Contains("/lib/leaflet/leaflet.js", StringComparison.Ordinal));
        Assert.Empty(s.PageErrors);
        await s.ScreenshotAsync("mechanism");
    }

    [Fact]
    public async Task Mechanisms_Index_LinksEveryMechanism()
    {
        int stored;
        await using (var scope = portal.Services.CreateAsyncScope())
            stored = await scope.ServiceProvider.GetRequiredService<IConcordiaDb>().Mechanisms.CountAsync();
        await using var s = await portal.OpenAsync();
        await s.GoAsync("/mechanisms");

        Assert.Equal(stored, await s.Page.Locator("ul.mechanism-index li a").CountAsync());
        await s.Page.ClickAsync("ul.mechanism-index a:text-is('Mekong–Japan Cooperation')");
        Assert.EndsWith("/mechanisms/mekong-japan", s.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mechanism_UnknownId_Answers404()
    {
        await using var s = await portal.OpenAsync();
        var response = await s.Page.GotoAsync("/mechanisms/no-such-mechanism");
        Assert.Equal(404, response!.Status);
    }
}
