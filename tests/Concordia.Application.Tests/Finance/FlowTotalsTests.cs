using Concordia.Application.Finance;
using Concordia.Domain.Finance;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Values;

namespace Concordia.Application.Tests.Finance;

public class FlowTotalsTests
{
    private static readonly CountryCode Japan = CountryCode.Of("JP");
    private static readonly CountryCode VietNam = CountryCode.Of("VN");

    private static FinancialFlow Flow(string title, decimal usd, int fy = 2023, string? channel = null, Guid? parent = null, string provider = "JP") =>
        FinancialFlow.Create(new FlowDetails(title, CountryCode.Of(provider), VietNam, new Money(usd, Currency.Usd), FlowType.Loan, fy,
            channel, "transport", parent)).Value;

    [Fact]
    public void Countable_PackageAndItsTranches_CountsPackageOnly()
    {
        var package = Flow("ODA loan package FY2023", 700);
        var tranche1 = Flow("tranche 1", 400, parent: package.Id);
        var tranche2 = Flow("tranche 2", 300, parent: package.Id);
        var subTranche = Flow("tranche 2a", 100, parent: tranche2.Id);

        var counted = FlowTotals.Countable([tranche1, package, tranche2, subTranche]);

        Assert.Equal([package.Id], counted.Select(f => f.Id));
    }

    [Fact]
    public void Countable_GrandchildWhoseParentIsFilteredOut_SkippedViaLineage()
    {
        var package = Flow("package", 700);
        var tranche = Flow("tranche", 300, parent: package.Id);
        var part = Flow("part", 100, parent: tranche.Id);

        Assert.Equal(2, FlowTotals.Countable([package, part]).Count);
        Assert.Equal([package.Id], FlowTotals.Countable([package, part], [tranche]).Select(f => f.Id));
    }

    [Fact]
    public void ByProviderAndYear_GovernmentAndAgencyChannels_OneProviderTotalSplitByChannel()
    {
        var viaJica = Flow("ODA loan for metro line", 500, channel: "JICA");
        var direct = Flow("grant aid for hospitals", 200);
        var jicaTranche = Flow("metro tranche", 100, channel: "JICA", parent: viaJica.Id);
        var korea = Flow("EDCF loan", 50, provider: "KR", channel: "EDCF");

        var totals = FlowTotals.ByProviderAndYear([viaJica, direct, jicaTranche, korea], FlowValuation.Default);

        var japan = totals.Single(t => t.Provider == Japan);
        Assert.Equal(700m, japan.Usd);
        Assert.Equal(new Dictionary<string, decimal> { ["JICA"] = 500m, [FlowTotals.DirectChannel] = 200m }, japan.UsdByChannel);
        Assert.Equal(japan.Usd, japan.UsdByChannel.Values.Sum());
        Assert.Equal(["JP", "KR"], totals.Select(t => t.Provider.Value));
    }

    [Fact]
    public void Progress_PledgeMatchedToParentAndChild_CountsParentOnce()
    {
        var pledge = Commitment.Create(new CommitmentDetails("provide USD 1 billion for connectivity", CommitmentKind.Pledged, "mekong-japan",
            Target: new Money(1000m, Currency.Usd)), new DateOnly(2023, 7, 10)).Value;
        var package = Flow("package", 700);
        var tranche = Flow("tranche", 300, parent: package.Id);
        var fund = Fund.Create("Mekong-Japan Cooperation Fund", "MJCF", "mekong-japan").Value;
        var paid = Contribution.Create(fund.Id, Japan, 2023, new Money(100m, Currency.Usd)).Value;
        var promised = Contribution.Create(fund.Id, Japan, 2024, new Money(100m, Currency.Usd), isPledge: true).Value;
        PledgeMatch[] matches = [PledgeMatch.ToFlow(pledge.Id, package.Id).Value, PledgeMatch.ToFlow(pledge.Id, tranche.Id).Value,
            PledgeMatch.ToContribution(pledge.Id, paid.Id).Value, PledgeMatch.ToContribution(pledge.Id, promised.Id).Value,
            PledgeMatch.ToFlow(Guid.CreateVersion7(), tranche.Id).Value];

        var progress = PledgeMatching.Progress(pledge, matches, [package, tranche], [paid, promised], FlowValuation.Default);

        Assert.Equal(800m, progress.DeliveredUsd);
        Assert.Equal(0.8m, progress.Share);
        Assert.Equal([tranche.Id], progress.SkippedAsPartOfParent);
        Assert.Equal([paid.Id], progress.CountedContributions);
        Assert.Empty(progress.Problems);
    }
}
