using Concordia.E2E.Infrastructure;

namespace Concordia.E2E;

[Collection(PortalCollection.Name)]
public sealed class OfflineAndNoScriptTests(PortalFixture portal)
{
    private string[] EveryPage =>
    [
        "/", "/mechanisms", "/mechanisms/mekong-japan", "/mechanisms/mekong-korea", $"/meetings/{portal.Ids.Meeting13}", $"/meetings/{portal.Ids.AseanMeeting}",
        $"/people/{portal.Ids.Son}", "/commitments", $"/documents/{portal.Ids.StatementEn}", $"/documents/{portal.Ids.StatementVi}",
        $"/documents/{portal.Ids.HostileDocument}", "/finance",
    ];

    [Fact]
    public async Task EveryPage_WithScripts_RequestsNothingBeyondLoopback()
    {
        await using var s = await portal.OpenAsync();
        foreach (var path in EveryPage) await s.GoAsync(path);

        Assert.NotEmpty(s.Requests);
        Assert.All(s.Requests, r => Assert.True(BrowserSession.IsLocal(r), r));
        Assert.Empty(s.Refused);
        Assert.Empty(s.PageErrors);
    }

    [Fact]
    public async Task EveryPage_WithoutJavaScript_ShowsItsContent()
    {
        await using var s = await portal.OpenAsync(javaScript: false);
        foreach (var path in EveryPage)
        {
            await s.GoAsync(path);
            Assert.False(string.IsNullOrWhiteSpace(await s.Page.Locator("main h1").InnerTextAsync()), path);
        }

        await s.GoAsync("/mechanisms/mekong-japan");
        Assert.Contains("Resumed after 6 years", await s.Page.Locator("ol.timeline").InnerTextAsync());
        Assert.Equal(0, await s.Page.Locator(".leaflet-container").CountAsync());
        await s.GoAsync("/finance");
        Assert.Equal(3, await s.Page.Locator("table.fund-years tbody tr").CountAsync());
        await s.ScreenshotAsync("finance-no-js");
    }

    [Fact]
    public async Task TrackerFilter_WithoutJavaScript_Works()
    {
        await using var s = await portal.OpenAsync(javaScript: false);
        await s.GoAsync("/commitments");
        await s.Page.CheckAsync("input[name=overdueOnly]");
        await s.Page.ClickAsync("form.filter button[type=submit]");
        await s.Page.WaitForURLAsync("**overdueOnly=true*");

        Assert.Equal(1, await s.Page.Locator("table.commitments tbody tr.overdue").CountAsync());
    }
}
