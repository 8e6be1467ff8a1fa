using Concordia.Application.FollowUp;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Values;

namespace Concordia.Application.Tests.FollowUp;

public class ComplianceTests
{
    private static readonly CountryCode[] MekongJapan = new[] { "JP", "KH", "LA", "MM", "TH", "VN" }.Select(CountryCode.Of).ToArray();
    private static readonly Evidence Proof = Evidence.FromUrl("https://www.mofa.go.jp/report", "progress report").Value;

    private static Commitment Make(string mechanism, string area, int year, CommitmentStatus outcome, params string[] parties)
    {
        var c = Commitment.Create(new CommitmentDetails("an undertaking", CommitmentKind.Agreed, mechanism,
            Parties: parties.Select(CountryCode.Of).ToList(), PriorityArea: area), new DateOnly(year, 7, 10)).Value;
        if (outcome != CommitmentStatus.Agreed) Assert.True(c.ChangeStatus(outcome, new DateOnly(year + 1, 1, 1), Proof).IsSuccess);
        return c;
    }

    private static ComplianceReport Report(params Commitment[] commitments) =>
        Compliance.Roll(Compliance.Score(commitments, (m, _) => m == "mekong-japan" ? MekongJapan : []));

    [Fact]
    public void Score_JointCommitment_OneScorePerMemberOnTheDay()
    {
        var joint = Make("mekong-japan", "connectivity", 2023, CommitmentStatus.Fulfilled);

        var scores = Compliance.Score([joint], (_, _) => MekongJapan);

        Assert.Equal(6, scores.Count);
        Assert.All(scores, s => Assert.Equal(1, s.Score));
    }

    [Fact]
    public void Roll_MixedOutcomes_AveragesPerGroup()
    {
        var report = Report(
            Make("mekong-japan", "connectivity", 2023, CommitmentStatus.Fulfilled, "JP"),
            Make("mekong-japan", "connectivity", 2023, CommitmentStatus.NotFulfilled, "JP", "VN"),
            Make("mekong-japan", "water-resources", 2024, CommitmentStatus.PartlyFulfilled, "VN"),
            Make("mekong-korea", "water-resources", 2024, CommitmentStatus.Lapsed, "KR"),
            Make("mekong-korea", "msmes", 2024, CommitmentStatus.Agreed, "KR"));

        Assert.Equal((1, 1, 2, 1, -0.25), Flat(report.Overall));
        Assert.Equal([("mekong-japan", 0.0), ("mekong-korea", -1.0)], report.ByMechanism.Select(g => (g.Key, g.Average!.Value)));
        Assert.Equal([("JP", 0.0), ("KR", -1.0), ("VN", -0.5)], report.ByMember.Select(g => (g.Key, g.Average!.Value)));
        Assert.Equal([("connectivity", 0.0), ("msmes", (double?)null), ("water-resources", -0.5)],
            report.ByPriorityArea.Select(g => (g.Key, g.Average)));
        Assert.Equal([("2023", 0.0), ("2024", -0.5)], report.ByYear.Select(g => (g.Key, g.Average!.Value)));
    }

    [Fact]
    public void Roll_JointCommitmentOfSixMembers_CountsOncePerMechanismButSixTimesPerMember()
    {
        var report = Report(Make("mekong-japan", "connectivity", 2023, CommitmentStatus.Fulfilled),
            Make("mekong-japan", "connectivity", 2023, CommitmentStatus.NotFulfilled, "JP"));

        Assert.Equal(0.0, report.ByMechanism.Single().Average);
        Assert.Equal(2, report.ByMechanism.Single().Scored);
        Assert.Equal((0.0, 2), report.ByMember.Where(g => g.Key == "JP").Select(g => (g.Average!.Value, g.Scored)).Single());
        Assert.Equal(1.0, report.ByMember.Single(g => g.Key == "VN").Average);
    }

    private static (int, int, int, int, double?) Flat(ComplianceGroup g) => (g.Fulfilled, g.Partly, g.NotFulfilled, g.Open, g.Average);
}
