using Concordia.Application.Abstractions;
using Concordia.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Concordia.E2E.Review;

[Collection(IngestedPortalCollection.Name)]
public sealed class ReviewQueueTests(IngestedPortalFixture fixture)
{
    private const string Reviewer = "reviewer@concordia.test";

    private ILocator MeetingFact(IPage page) =>
        page.Locator($"section:has(h2#doc-{fixture.DocumentId}) li.review-fact.kind-meeting").First;

    [Fact]
    public async Task Review_AcceptAMeetingFact_TheMeetingPageListsTheDocumentAsItsSource()
    {
        await using var s = await fixture.Portal.OpenAsync();
        await s.GoAsync("/review");
        Assert.Contains(IngestedPortalFixture.Title, await s.Page.Locator($"h2#doc-{fixture.DocumentId}").InnerTextAsync());
        await s.ScreenshotAsync("review");

        var fact = MeetingFact(s.Page);
        Assert.Contains("Mekong–Korea Foreign Ministers' Meeting", await fact.Locator("q").InnerTextAsync());
        await fact.Locator("input[name=reviewer]").FillAsync(Reviewer);
        await fact.Locator("button[value=accept]").ClickAsync();
        await s.Page.WaitForURLAsync("**/review?done=*");
        Assert.Contains("accepted", await s.Page.Locator("#review-done").InnerTextAsync());
        await s.Page.Locator("#review-record").ClickAsync();
        await s.Page.WaitForURLAsync("**/meetings/*");

        var sources = await s.Page.Locator("ul.documents.reports li").AllInnerTextsAsync();
        Assert.Contains(sources, t => t.Contains(IngestedPortalFixture.Title, StringComparison.Ordinal));
        Assert.Contains("Bangkok", await s.Page.Locator("main").InnerTextAsync());
        await s.ScreenshotAsync("review-accepted-meeting");
    }

    [Fact]
    public async Task Review_WithoutJavaScript_AcceptAStatementsMeetingFact_TheMeetingPageListsItAsOutcome()
    {
        await using var s = await fixture.Portal.OpenAsync(javaScript: false);
        await s.GoAsync("/review");
        var fact = s.Page.Locator($"section:has(h2#doc-{fixture.StatementId}) li.review-fact.kind-meeting").First;
        Assert.True(await fact.Locator("input[type=checkbox][name=outcome]").IsCheckedAsync());

        await fact.Locator("input[name=reviewer]").FillAsync(Reviewer);
        await fact.Locator("button[value=accept]").ClickAsync();
        await s.Page.WaitForURLAsync("**/review?done=*");
        await s.Page.Locator("#review-record").ClickAsync();
        await s.Page.WaitForURLAsync("**/meetings/*");

        Assert.Contains(IngestedPortalFixture.StatementTitle, Assert.Single(await s.Page.Locator("ul.documents.outcomes li").AllInnerTextsAsync()));
        Assert.Equal(0, await s.Page.Locator("ul.documents.reports li").CountAsync());
        await s.ScreenshotAsync("review-accepted-outcome");
    }

    [Fact]
    public async Task Review_WithoutJavaScript_RejectKeepsWhoAndWhen()
    {
        await using var s = await fixture.Portal.OpenAsync(javaScript: false);
        await s.GoAsync("/review");
        var fact = s.Page.Locator($"section:has(h2#doc-{fixture.DocumentId}) li.review-fact.kind-commitment").First;
        var id = Guid.Parse((await fact.GetAttributeAsync("id"))!["fact-".Length..]);

        await fact.Locator("input[name=reviewer]").FillAsync(Reviewer);
        await fact.Locator("input[name=note]").FillAsync("two undertakings in one sentence");
        await fact.Locator("button[value=reject]").ClickAsync();
        await s.Page.WaitForLoadStateAsync();
        Assert.True(s.Page.Url.Contains("done=rejected", StringComparison.Ordinal), s.Page.Url + await s.Page.Locator("main").InnerTextAsync());

        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IConcordiaDb>().Facts.AsNoTracking().SingleAsync(f => f.Id == id);
        Assert.Equal(ReviewState.Rejected, stored.State);
        var decision = Assert.Single(stored.Decisions);
        Assert.Equal((Reviewer, "two undertakings in one sentence"), (decision.Reviewer, decision.Note));
        Assert.Equal(0, await s.Page.Locator($"li#fact-{id}").CountAsync());
    }

    [Fact]
    public async Task Review_WithoutJavaScript_SearchTheMergePickerWithoutDiacriticsThenMerge()
    {
        await using var s = await fixture.Portal.OpenAsync(javaScript: false);
        await s.GoAsync("/review");
        var fact = s.Page.Locator($"section:has(h2#doc-{fixture.DocumentId}) li.review-fact.kind-person:has(q:has-text('Bui Thanh Son'))").First;
        var id = Guid.Parse((await fact.GetAttributeAsync("id"))!["fact-".Length..]);

        await fact.Locator("form.merge-search input[name=q]").FillAsync("bui thanh son");
        await fact.Locator("form.merge-search button").ClickAsync();
        await s.Page.WaitForURLAsync("**/review?pick=*");
        fact = s.Page.Locator($"li#fact-{id}");
        var options = await fact.Locator("select[name=recordId] option").AllInnerTextsAsync();
        Assert.Equal(["—", "Bùi Thanh Sơn (VN)"], options);
        await s.ScreenshotAsync("review-merge-search");

        await fact.Locator("select[name=recordId]").SelectOptionAsync(new SelectOptionValue { Label = "Bùi Thanh Sơn (VN)" });
        await fact.Locator("input[name=reviewer]").FillAsync(Reviewer);
        await fact.Locator("button[value=merge]").ClickAsync();
        await s.Page.WaitForURLAsync("**/review?done=*");

        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IConcordiaDb>().Facts.AsNoTracking().SingleAsync(f => f.Id == id);
        Assert.Equal((ReviewState.Merged, fixture.Portal.Ids.Son), (stored.State, stored.RecordId!.Value));
    }

    [Fact]
    public async Task Review_PostWithoutAntiforgeryToken_IsRefused()
    {
        await using var s = await fixture.Portal.OpenAsync();
        var response = await s.Page.APIRequest.PostAsync("/review", new APIRequestContextOptions
        {
            Form = s.Page.APIRequest.CreateFormData().Append("factId", Guid.NewGuid().ToString()).Append("decision", "reject").Append("reviewer", "x"),
        });

        Assert.Equal(400, response.Status);
    }
}
