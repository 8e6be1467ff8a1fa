using Concordia.Application.FollowUp;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;

namespace Concordia.Application.Tests.FollowUp;

public class LineageTests
{
    private readonly Dictionary<Guid, Meeting> _meetings = [];

    private Meeting Fmm(int ordinal, int year, string mechanism = "mekong-japan")
    {
        var m = Meeting.Create(new MeetingDetails(mechanism, MeetingKind.ForeignMinisters, ordinal, PartialDate.OfYear(year))).Value;
        _meetings[m.Id] = m;
        return m;
    }

    private static Commitment At(Meeting meeting, string action, int year) =>
        Commitment.Create(new CommitmentDetails(action, CommitmentKind.Agreed, meeting.MechanismId, meeting.Id), new DateOnly(year, 7, 10)).Value;

    [Fact]
    public void Threads_ReaffirmedThenChangedThenDropped_FollowsAcrossNumberedMeetings()
    {
        var (m14, m15, m16, m17) = (Fmm(14, 2023), Fmm(15, 2024), Fmm(16, 2025), Fmm(17, 2026));
        var a = At(m14, "resume the Mekong-Japan Summit", 2023);
        var b = At(m15, "resume the Mekong-Japan Summit", 2024);
        var c = At(m16, "resume the Mekong-Japan Summit by end-2025", 2025);
        var other = At(m16, "hold a Mekong-Japan Business Forum", 2025);
        var links = new List<CommitmentLink>();
        links.Add(Lineage.Link(a, m15, LineageKind.Reaffirmed, b, links, _meetings.GetValueOrDefault).Value);
        links.Add(Lineage.Link(b, m16, LineageKind.Changed, c, links, _meetings.GetValueOrDefault).Value);
        links.Add(Lineage.Link(c, m17, LineageKind.Dropped, null, links, _meetings.GetValueOrDefault).Value);

        var threads = Lineage.Threads([other, c, b, a], links, _meetings.GetValueOrDefault);

        Assert.Equal(2, threads.Count);
        Assert.Equal([(14, (LineageKind?)null), (15, LineageKind.Reaffirmed), (16, LineageKind.Changed)],
            threads[0].Steps.Select(s => (s.MeetingOrdinal!.Value, s.How)));
        Assert.Equal(m17.Id, threads[0].DroppedAt);
        Assert.Equal(other.Id, Assert.Single(threads[1].Steps).CommitmentId);
    }

    [Fact]
    public void Link_LaterMeetingBeforeEarlier_FailsWithOrder()
    {
        var (m15, m16) = (Fmm(15, 2024), Fmm(16, 2025));
        var earlier = At(m16, "x", 2025);
        var later = At(m15, "x", 2024);

        var link = Lineage.Link(earlier, m15, LineageKind.Reaffirmed, later, [], _meetings.GetValueOrDefault);

        Assert.Equal("lineage.order", link.Error!.Code);
    }

    [Fact]
    public void Link_OtherMechanismOrSecondSuccessor_Fails()
    {
        var (m15, m16, korea) = (Fmm(15, 2024), Fmm(16, 2025), Fmm(6, 2025, "mekong-korea"));
        var a = At(m15, "x", 2024);
        var first = Lineage.Link(a, m16, LineageKind.Reaffirmed, At(m16, "x", 2025), [], _meetings.GetValueOrDefault).Value;

        Assert.Equal("lineage.mechanism", Lineage.Link(a, korea, LineageKind.Dropped, null, [], _meetings.GetValueOrDefault).Error!.Code);
        Assert.Equal("lineage.already-followed",
            Lineage.Link(a, m16, LineageKind.Dropped, null, [first], _meetings.GetValueOrDefault).Error!.Code);
    }
}
