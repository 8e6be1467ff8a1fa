using Concordia.E2E.Infrastructure;

namespace Concordia.E2E;

[Collection(PortalCollection.Name)]
public sealed class CommitmentTrackerTests(PortalFixture portal)
{
    [Fact]
    public async Task Tracker_NoFilter_ListsEveryCommitmentOverdueFirst()
    {
        await using var s = await portal.OpenAsync();
        await s.GoAsync("/commitments");

        var rows = s.Page.Locator("table.commitments tbody tr");
        Assert.Equal(4, await rows.CountAsync());
        Assert.Equal("overdue", await rows.First.GetAttributeAsync("class"));
        Assert.Contains("Overdue", await rows.First.InnerTextAsync());
        await s.ScreenshotAsync("commitments");
    }

    [Theory]
    [InlineData("mechanism=mekong-korea", 1, "Raise the contribution to the Mekong–Korea Cooperation Fund")]
    [InlineData("member=KR", 1, "Raise the contribution to the Mekong–Korea Cooperation Fund")]
    [InlineData("member=VN", 3, "Resume the Mekong–Japan Summit")]
    [InlineData("area=digital-transformation", 1, "Host a Mekong–Japan workshop")]
    [InlineData("status=fulfilled", 1, "Adopt a new Mekong–Japan Cooperation Strategy")]
    [InlineData("dueBy=2025", 2, "Resume the Mekong–Japan Summit")]
    [InlineData("overdueOnly=true", 1, "Resume the Mekong–Japan Summit")]
    public async Task Tracker_Filter_KeepsOnlyMatchingCommitments(string query, int expected, string first)
    {
        await using var s = await portal.OpenAsync();
        await s.GoAsync("/commitments?" + query);

        var rows = s.Page.Locator("table.commitments tbody tr");
        Assert.Equal(expected, await rows.CountAsync());
        Assert.Contains(first, await rows.First.InnerTextAsync());
    }

    [Fact]
    public async Task Tracker_FilterForm_SubmitsChosenStatus()
    {
        await using var s = await portal.OpenAsync();
        await s.GoAsync("/commitments");
        await s.Page.SelectOptionAsync("select[name=status]", "proposed");
        await s.Page.ClickAsync("form.filter button[type=submit]");
        await s.Page.WaitForURLAsync("**/commitments?*status=proposed*");

        Assert.Equal(1, await s.Page.Locator("table.commitments tbody tr").CountAsync());
        Assert.Equal("proposed", await s.Page.Locator("select[name=status]").InputValueAsync());
    }

    [Fact]
    public async Task Tracker_CsvDownload_HoldsTheCurrentFilterOnly()
    {
        await using var s = await portal.OpenAsync();
        await s.GoAsync("/commitments?mechanism=mekong-japan&overdueOnly=true");
        var download = await s.Page.RunAndWaitForDownloadAsync(() => s.Page.ClickAsync("a:text('Download CSV')"));
        var path = await download.PathAsync();
        var lines = (await File.ReadAllLinesAsync(path)).Where(l => l.Length > 0).ToList();

        Assert.Equal("commitments.csv", download.SuggestedFilename);
        Assert.Equal("id,action,kind,status,mechanism,meeting,parties,area,deadline,target,overdue,score", lines[0]);
        Assert.Equal(2, lines.Count);
        Assert.Contains("Resume the Mekong–Japan Summit by the end of 2025,agreed,agreed,mekong-japan", lines[1]);
        Assert.EndsWith(",connectivity,2025,,yes,", lines[1]);
    }

    [Fact]
    public async Task Tracker_BadStatus_Answers400WithTheReason()
    {
        await using var s = await portal.OpenAsync();
        var response = await s.Page.GotoAsync("/commitments?status=forgotten");

        Assert.Equal(400, response!.Status);
        Assert.Contains("'forgotten' is not a commitment status", await s.Page.Locator("ul.errors").InnerTextAsync());
    }
}
