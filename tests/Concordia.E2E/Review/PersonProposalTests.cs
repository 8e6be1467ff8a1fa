using Concordia.Application.Abstractions;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Values;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.E2E.Review;

/// <summary>On the portal of its own, so the commitment added here changes no page the shared portal's tests count on.</summary>
[Collection(IngestedPortalCollection.Name)]
public sealed class PersonProposalTests(IngestedPortalFixture fixture)
{
    [Fact]
    public async Task Person_CountryProposalWithoutProposer_ListedUnderTheLabelledApproximation()
    {
        const string action = "Open a Mekong–Japan centre for water data";
        await using (var scope = fixture.Portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IConcordiaDb>();
            db.Commitments.Add(Commitment.Create(new CommitmentDetails(action, CommitmentKind.Proposed, "mekong-japan", fixture.Portal.Ids.Meeting13,
                [CountryCode.Of("JP")]), new DateOnly(2025, 7, 10)).Value);
            await db.SaveChangesAsync();
        }

        await using var s = await fixture.Portal.OpenAsync(javaScript: false);
        await s.GoAsync($"/people/{fixture.Portal.Ids.Iwaya}");

        Assert.Equal("Approximation: proposals by their country", await s.Page.Locator("h3#country-proposals").InnerTextAsync());
        Assert.Contains(action, await s.Page.Locator(".country-proposals").InnerTextAsync());
        Assert.Equal(0, await s.Page.Locator(".recorded-proposals").CountAsync());
        await s.GoAsync($"/culture?lang=vi&returnUrl=%2Fpeople%2F{fixture.Portal.Ids.Iwaya}");
        Assert.Equal("Ước đoán: đề xuất của quốc gia họ", await s.Page.Locator("h3#country-proposals").InnerTextAsync());
        await s.ScreenshotAsync("person-country-proposals");
    }
}
