using Concordia.Domain;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;

namespace Concordia.Application.FollowUp;

/// <summary>One commitment in a thread, at its meeting, and how it came from the step before (null for the first).</summary>
public sealed record LineageStep(Guid CommitmentId, Guid? MeetingId, int? MeetingOrdinal, LineageKind? How);

/// <summary>One undertaking followed across meetings; <see cref="DroppedAt"/> is the meeting that let it go, if any.</summary>
public sealed record LineageThread(IReadOnlyList<LineageStep> Steps, Guid? DroppedAt);

public static class Lineage
{
    /// <summary>
    /// Checks a new link: the later meeting is of the same mechanism and after the earlier commitment's meeting, and
    /// the earlier commitment has no successor yet (an undertaking is followed one way).
    /// </summary>
    public static Result<CommitmentLink> Link(Commitment earlier, Meeting laterMeeting, LineageKind kind, Commitment? later,
        IEnumerable<CommitmentLink> existing, Func<Guid, Meeting?> meetingOf, string? note = null)
    {
        var earlierMeeting = earlier.MeetingId is { } id ? meetingOf(id) : null;
        var v = new Validator()
            .Require(later is null || later.MeetingId == laterMeeting.Id, "laterId", "lineage.later.meeting",
                "the later commitment was not made at the later meeting")
            .Require(earlier.MechanismId is null || laterMeeting.MechanismId == earlier.MechanismId, "laterMeetingId",
                "lineage.mechanism", "the later meeting belongs to another mechanism")
            .Require(earlierMeeting is null || IsAfter(laterMeeting, earlierMeeting), "laterMeetingId", "lineage.order",
                "the later meeting is not after the meeting where the commitment was made")
            .Require(existing.All(l => l.EarlierId != earlier.Id), "earlierId", "lineage.already-followed",
                "this commitment is already linked to a later meeting");
        return v.IsValid ? CommitmentLink.Create(earlier.Id, laterMeeting.Id, kind, later?.Id, note) : v.Failure<CommitmentLink>();
    }

    /// <summary>Every thread that starts at a commitment no link leads to, ordered by its first meeting.</summary>
    public static IReadOnlyList<LineageThread> Threads(IEnumerable<Commitment> commitments, IEnumerable<CommitmentLink> links,
        Func<Guid, Meeting?> meetingOf)
    {
        var byId = commitments.ToDictionary(c => c.Id);
        var forward = links.GroupBy(l => l.EarlierId).ToDictionary(g => g.Key, g => g.First());
        var followers = links.Where(l => l.LaterId is not null).Select(l => l.LaterId!.Value).ToHashSet();
        return byId.Values.Where(c => !followers.Contains(c.Id))
            .Select(root => Follow(root, byId, forward, meetingOf))
            .OrderBy(t => t.Steps[0].MeetingOrdinal ?? int.MaxValue)
            .ToList();
    }

    private static LineageThread Follow(Commitment root, Dictionary<Guid, Commitment> byId, Dictionary<Guid, CommitmentLink> forward,
        Func<Guid, Meeting?> meetingOf)
    {
        var steps = new List<LineageStep> { Step(root, null, meetingOf) };
        var seen = new HashSet<Guid> { root.Id };
        var current = root.Id;
        while (forward.TryGetValue(current, out var link))
        {
            if (link.Kind == LineageKind.Dropped) return new LineageThread(steps, link.LaterMeetingId);
            if (!byId.TryGetValue(link.LaterId!.Value, out var next) || !seen.Add(next.Id)) break;
            steps.Add(Step(next, link.Kind, meetingOf));
            current = next.Id;
        }

        return new LineageThread(steps, null);
    }

    private static LineageStep Step(Commitment c, LineageKind? how, Func<Guid, Meeting?> meetingOf) =>
        new(c.Id, c.MeetingId, c.MeetingId is { } m ? meetingOf(m)?.Ordinal : null, how);

    private static bool IsAfter(Meeting later, Meeting earlier)
    {
        if (later.Kind == earlier.Kind && later.Ordinal is { } a && earlier.Ordinal is { } b) return a > b;
        return later.Start?.Start is not { } ls || earlier.Start?.End is not { } ee || ls > ee;
    }
}
