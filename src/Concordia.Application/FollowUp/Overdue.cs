using Concordia.Domain.FollowUp;

namespace Concordia.Application.FollowUp;

/// <summary>An open commitment whose whole deadline period has passed, and by how many days.</summary>
public sealed record OverdueCommitment(Commitment Commitment, DateOnly DeadlineEnd, int DaysOverdue);

public static class Overdue
{
    /// <summary>Today's date in the clock's local time zone (the deployment's, e.g. Asia/Ho_Chi_Minh).</summary>
    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>
    /// The overdue commitments, most overdue first. A partial deadline ends with its period: "2025" is overdue from
    /// 1 January 2026, "2025-08" from 1 September 2025.
    /// </summary>
    public static IReadOnlyList<OverdueCommitment> Find(IEnumerable<Commitment> commitments, DateOnly today) =>
        commitments
            .Where(c => c.IsOverdue(today))
            .Select(c => new OverdueCommitment(c, c.Deadline!.Value.End!.Value, today.DayNumber - c.Deadline.Value.End.Value.DayNumber))
            .OrderByDescending(o => o.DaysOverdue)
            .ToList();
}
