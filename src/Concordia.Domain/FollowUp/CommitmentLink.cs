namespace Concordia.Domain.FollowUp;

/// <summary>What a later meeting did with an earlier undertaking.</summary>
public enum LineageKind
{
    /// <summary>Restated in the same terms.</summary>
    Reaffirmed,
    /// <summary>Restated with a different deadline, amount or scope.</summary>
    Changed,
    /// <summary>No longer carried forward; there is no later commitment.</summary>
    Dropped,
}

/// <summary>
/// Links a commitment to what became of it at a later meeting: the later commitment that reaffirmed or changed it,
/// or the meeting at which it was dropped. Following the links walks one undertaking across a mechanism's meetings.
/// </summary>
public sealed class CommitmentLink : IdentifiedEntity
{
    private CommitmentLink() { }

    public Guid EarlierId { get; private set; }
    public Guid LaterMeetingId { get; private set; }
    public Guid? LaterId { get; private set; }
    public LineageKind Kind { get; private set; }
    public string? Note { get; private set; }

    public static Result<CommitmentLink> Create(Guid earlierId, Guid laterMeetingId, LineageKind kind, Guid? laterId = null, string? note = null)
    {
        var v = new Validator()
            .Require(earlierId != Guid.Empty, "earlierId", "value.required", "the earlier commitment is required")
            .Require(laterMeetingId != Guid.Empty, "laterMeetingId", "value.required", "the later meeting is required")
            .Require(Enum.IsDefined(kind), "kind", "lineage.kind.unknown", $"'{kind}' is not a lineage kind")
            .Require(kind == LineageKind.Dropped || laterId is not null, "laterId", "lineage.later.required",
                $"a {kind.ToString().ToLowerInvariant()} undertaking needs the later commitment")
            .Require(kind != LineageKind.Dropped || laterId is null, "laterId", "lineage.dropped.has-later",
                "a dropped undertaking has no later commitment")
            .Require(laterId != earlierId, "laterId", "lineage.self", "a commitment cannot follow itself")
            .OptionalText(note, "note", 2000);
        return v.Then(() => new CommitmentLink
        {
            EarlierId = earlierId, LaterMeetingId = laterMeetingId, LaterId = laterId, Kind = kind,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        });
    }
}
