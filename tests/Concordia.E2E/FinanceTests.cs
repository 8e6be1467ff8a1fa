using Concordia.E2E.Infrastructure;

namespace Concordia.E2E;

[Collection(PortalCollection.Name)]
public sealed class FinanceTests(PortalFixture portal)
{
    [Fact]
    public async Task Finance_Fund_ShowsContributionsAgainstTargetByYear()
    {
        await using var s = await portal.OpenAsync();
        await s.GoAsync("/finance");

        var years = await s.Page.Locator("table.fund-years tbody tr").AllInnerTextsAsync();
        Assert.Equal(3, years.Count);
        Assert.Matches(@"2023\s+8,000,000\s+0\s+10,000,000\s+2,000,000", years[0]);
        Assert.Matches(@"2025\s+0\s+10,000,000\s+10,000,000\s+10,000,000", years[2]);
    }

    [Fact]
    public async Task Finance_Flows_ShowOriginalAmountBesideUsdAndDrawCharts()
    {
        await using var s = await portal.OpenAsync();
        await s.GoAsync("/finance");

        var loan = await s.Page.Locator("table.flows tr", new() { HasText = "ODA loan package" }).InnerTextAsync();
        Assert.Contains("100,000,000,000 JPY", loan);
        Assert.Matches(@"\d{3},\d{3},\d{3}\s*$", loan);
        await s.Page.WaitForFunctionAsync("[...document.querySelectorAll('canvas.chart')].every(c => window.Chart && Chart.getChart(c))");
        Assert.Equal(2, await s.Page.Locator("canvas.chart").CountAsync());
        Assert.Empty(s.PageErrors);
        await s.ScreenshotAsync("finance");
    }
}
