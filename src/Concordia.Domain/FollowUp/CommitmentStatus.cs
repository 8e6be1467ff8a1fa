namespace Concordia.Domain.FollowUp;

/// <summary>How an undertaking was made, in the words of the extraction format.</summary>
public enum CommitmentKind
{
    /// <summary>A joint decision.</summary>
    Agreed,
    /// <summary>One party undertakes.</summary>
    Pledged,
    /// <summary>One party asks or suggests.</summary>
    Proposed,
    /// <summary>A document was adopted.</summary>
    Approved,
}

public enum CommitmentStatus
{
    Proposed,
    Agreed,
    InProgress,
    Fulfilled,
    PartlyFulfilled,
    NotFulfilled,
    Lapsed,
}

/// <summary>The allowed moves of a commitment's status, and what each status means for compliance scoring.</summary>
public static class CommitmentStatuses
{
    private static readonly Dictionary<CommitmentStatus, CommitmentStatus[]> Allowed = new()
    {
        [CommitmentStatus.Proposed] = [CommitmentStatus.Agreed, CommitmentStatus.Lapsed],
        [CommitmentStatus.Agreed] =
        [
            CommitmentStatus.InProgress, CommitmentStatus.Fulfilled, CommitmentStatus.PartlyFulfilled,
            CommitmentStatus.NotFulfilled, CommitmentStatus.Lapsed,
        ],
        [CommitmentStatus.InProgress] =
        [
            CommitmentStatus.Fulfilled, CommitmentStatus.PartlyFulfilled, CommitmentStatus.NotFulfilled, CommitmentStatus.Lapsed,
        ],
        // A partly fulfilled undertaking may still be completed later, or be judged a failure.
        [CommitmentStatus.PartlyFulfilled] = [CommitmentStatus.Fulfilled, CommitmentStatus.NotFulfilled],
        [CommitmentStatus.Fulfilled] = [],
        [CommitmentStatus.NotFulfilled] = [],
        [CommitmentStatus.Lapsed] = [],
    };

    public static bool CanMove(CommitmentStatus from, CommitmentStatus to) =>
        Allowed.TryGetValue(from, out var next) && next.Contains(to);

    public static IReadOnlyList<CommitmentStatus> NextOf(CommitmentStatus from) =>
        Allowed.TryGetValue(from, out var next) ? next : [];

    /// <summary>Outcomes that must cite evidence: a claim of delivery or of failure.</summary>
    public static bool NeedsEvidence(CommitmentStatus status) =>
        status is CommitmentStatus.Fulfilled or CommitmentStatus.NotFulfilled;

    /// <summary>Still open: neither delivered nor closed as failed or lapsed.</summary>
    public static bool IsOpen(CommitmentStatus status) =>
        status is CommitmentStatus.Proposed or CommitmentStatus.Agreed or CommitmentStatus.InProgress or CommitmentStatus.PartlyFulfilled;

    /// <summary>The compliance researchers' score: +1 fulfilled, 0 partly, −1 not fulfilled or lapsed; null while open.</summary>
    public static int? Score(CommitmentStatus status) => status switch
    {
        CommitmentStatus.Fulfilled => 1,
        CommitmentStatus.PartlyFulfilled => 0,
        CommitmentStatus.NotFulfilled or CommitmentStatus.Lapsed => -1,
        _ => null,
    };

    public static string ToSlug(this CommitmentStatus status) => status switch
    {
        CommitmentStatus.InProgress => "in-progress",
        CommitmentStatus.PartlyFulfilled => "partly-fulfilled",
        CommitmentStatus.NotFulfilled => "not-fulfilled",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static Result<CommitmentStatus> Parse(string? slug)
    {
        foreach (var s in Enum.GetValues<CommitmentStatus>())
            if (string.Equals(s.ToSlug(), slug?.Trim(), StringComparison.OrdinalIgnoreCase)) return s;
        return Result<CommitmentStatus>.Fail("commitment.status.unknown", $"'{slug}' is not a commitment status", "status");
    }
}
