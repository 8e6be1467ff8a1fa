using Concordia.E2E.Infrastructure;

namespace Concordia.E2E;

[Collection(PortalCollection.Name)]
public sealed class MeetingAndPersonTests(PortalFixture portal)
{
    [Fact]
    public async Task Meeting_13thMjc_ShowsDatesVenueCoChairsWithinDelegationsCommitmentsOutcomesAndReports()
    {
        await using var s = await portal.OpenAsync();
        await s.GoAsync($"/meetings/{portal.Ids.Meeting13}");

        Assert.Equal("13th MJC Foreign Ministers' Meeting", (await s.Page.Locator("h1").InnerTextAsync()).Trim());
        var facts = await s.Page.Locator("dl.facts").InnerTextAsync();
        Assert.Contains("10 July 2025", facts);
        Assert.Contains("Kuala Lumpur, Malaysia", facts);
        Assert.Contains("Bùi Thanh Sơn, Iwaya Takeshi", facts);
        Assert.Contains("58th ASEAN Foreign Ministers' Meeting", facts);
        Assert.Equal(2, await s.Page.Locator("table:has(th:text('Head of delegation')) tbody tr").CountAsync());
        Assert.Equal(2, await s.Page.Locator("table.commitments tbody tr").CountAsync());
        var outcome = Assert.Single(await s.Page.Locator("ul.documents.outcomes li").AllInnerTextsAsync());
        Assert.Contains("Joint Statement of the 13th", outcome, StringComparison.Ordinal);
        var report = Assert.Single(await s.Page.Locator("ul.documents.reports li").AllInnerTextsAsync());
        Assert.Contains("Hội nghị Bộ trưởng Ngoại giao Mekong – Nhật Bản lần thứ 13", report, StringComparison.Ordinal);
        await s.ScreenshotAsync("meeting");
    }

    [Fact]
    public async Task Meeting_WithinLink_LeadsToTheAseanMeeting()
    {
        await using var s = await portal.OpenAsync();
        await s.GoAsync($"/meetings/{portal.Ids.Meeting13}");
        await s.Page.ClickAsync("dl.facts a:has-text(\"58th ASEAN\")");

        Assert.EndsWith($"/meetings/{portal.Ids.AseanMeeting}", s.Page.Url, StringComparison.Ordinal);
        Assert.Contains("13th MJC Foreign Ministers' Meeting", await s.Page.Locator("dl.facts").InnerTextAsync());
    }

    [Fact]
    public async Task Person_Son_ShowsRolesMeetingsChairedDelegationsAndProposals()
    {
        await using var s = await portal.OpenAsync();
        await s.GoAsync($"/people/{portal.Ids.Son}");

        Assert.Equal("Bùi Thanh Sơn", (await s.Page.Locator("h1").InnerTextAsync()).Trim());
        var roles = await s.Page.Locator("ul.roles li").AllInnerTextsAsync();
        Assert.Contains(roles, r => r.Contains("Minister of Foreign Affairs", StringComparison.Ordinal) && r.Contains("April 2021", StringComparison.Ordinal));
        Assert.Contains(roles, r => r.Contains("Deputy Prime Minister", StringComparison.Ordinal));
        Assert.Contains("13th MJC Foreign Ministers' Meeting", await s.Page.Locator("main").InnerTextAsync());
        Assert.Contains("Host a Mekong–Japan workshop on digital transformation", await s.Page.Locator(".recorded-proposals").InnerTextAsync());
        Assert.Equal(0, await s.Page.Locator(".country-proposals").CountAsync());
        await s.ScreenshotAsync("person");
    }

    [Fact]
    public async Task Person_Viet_ShowsDelegationLedOnBehalfOfTheMinister()
    {
        await using var s = await portal.OpenAsync();
        await s.GoAsync($"/people/{portal.Ids.Viet}");

        var led = await s.Page.Locator("h2:text('Delegations led') + ul li").InnerTextAsync();
        Assert.Contains("12th MJC Foreign Ministers' Meeting", led);
        Assert.Contains("on behalf of Bùi Thanh Sơn", led);
    }
}
