using Concordia.Domain.Values;

namespace Concordia.Domain.FollowUp;

/// <summary>What an undertaking says, as given by a caller.</summary>
public sealed record CommitmentDetails(
    string? Action,
    CommitmentKind Kind,
    string? MechanismId = null,
    Guid? MeetingId = null,
    IReadOnlyList<CountryCode>? Parties = null,
    string? PriorityArea = null,
    PartialDate? Deadline = null,
    Money? Target = null);

/// <summary>An undertaking — who, what, by when, at which meeting, in which area — and its dated status history.</summary>
public sealed class Commitment : IdentifiedEntity
{
    private readonly List<StatusChange> _history = [];
    private CountryCode[] _parties = [];

    private Commitment() => Action = "";

    public string Action { get; private set; }
    public CommitmentKind Kind { get; private set; }
    public string? MechanismId { get; private set; }
    public Guid? MeetingId { get; private set; }

    /// <summary>The countries that undertook it; empty for a joint undertaking of all members.</summary>
    public IReadOnlyList<CountryCode> Parties => _parties;

    public string? PriorityArea { get; private set; }
    public PartialDate? Deadline { get; private set; }
    public Money? Target { get; private set; }

    /// <summary>The person who put it forward, when a reviewed source names one (a minister who proposed it).</summary>
    public Guid? ProposerId { get; private set; }

    public CommitmentStatus Status { get; private set; }
    /// <summary>The status changes in the order they were made (storage does not keep row order).</summary>
    public IReadOnlyList<StatusChange> History => _history.OrderBy(h => h.Sequence).ToList();

    /// <summary>Records a new undertaking. Proposals start as proposed; agreed, pledged and approved ones as agreed.</summary>
    public static Result<Commitment> Create(CommitmentDetails details, DateOnly madeOn)
    {
        var v = Validate(details);
        if (!v.IsValid) return v.Failure<Commitment>();
        var commitment = new Commitment().Apply(details);
        commitment.Status = details.Kind == CommitmentKind.Proposed ? CommitmentStatus.Proposed : CommitmentStatus.Agreed;
        commitment._history.Add(new StatusChange(0, commitment.Status, madeOn, null, null));
        return commitment;
    }

    public Result<Commitment> Update(CommitmentDetails details)
    {
        var v = Validate(details);
        return v.IsValid ? Apply(details) : v.Failure<Commitment>();
    }

    /// <summary>
    /// Moves the status along an allowed transition on a day no earlier than the last change. Fulfilled and
    /// not fulfilled need evidence.
    /// </summary>
    public Result<StatusChange> ChangeStatus(CommitmentStatus to, DateOnly on, Evidence? evidence = null, string? note = null)
    {
        var last = _history.Count > 0 ? _history.Max(h => h.On) : DateOnly.MinValue;
        var v = new Validator()
            .Require(CommitmentStatuses.CanMove(Status, to), "status", "commitment.transition",
                $"a commitment cannot move from {Status.ToSlug()} to {to.ToSlug()}")
            .Require(on >= last, "on", "commitment.date.before-last", $"{on:yyyy-MM-dd} is before the last change ({last:yyyy-MM-dd})")
            .Require(evidence is not null || !CommitmentStatuses.NeedsEvidence(to), "evidence", "commitment.evidence.required",
                $"moving to {to.ToSlug()} needs evidence: a document span, or a URL with a note")
            .OptionalText(note, "note", 2000);
        if (!v.IsValid) return v.Failure<StatusChange>();
        var change = new StatusChange(_history.Count, to, on, evidence, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        _history.Add(change);
        Status = to;
        return change;
    }

    public Result<Commitment> SetProposer(Guid? personId)
    {
        if (personId == Guid.Empty) return Result<Commitment>.Fail("value.required", "a proposer is a person id", "proposerId");
        ProposerId = personId;
        return this;
    }

    /// <summary>Overdue: still open after the whole deadline period has passed ("2025" → from 1 January 2026).</summary>
    public bool IsOverdue(DateOnly today) =>
        Deadline is { } d && CommitmentStatuses.IsOpen(Status) && Periods.IsPast(d, today);

    public int? ComplianceScore => CommitmentStatuses.Score(Status);

    private static Validator Validate(CommitmentDetails d)
    {
        var v = new Validator().RequireText(d.Action, "action", 1000)
            .Require(Enum.IsDefined(d.Kind), "kind", "commitment.kind.unknown", $"'{d.Kind}' is not a commitment kind")
            .Require(d.Deadline is null || d.Deadline.Value.HasYear, "deadline", "commitment.deadline.no-year",
                "a deadline needs a year");
        if (d.MechanismId is not null && !Slug.IsValid(d.MechanismId)) v.Add(Slug.Invalid("mechanismId", d.MechanismId));
        if (d.PriorityArea is not null && !Slug.IsValid(d.PriorityArea)) v.Add(Slug.Invalid("priorityArea", d.PriorityArea));
        return v;
    }

    private Commitment Apply(CommitmentDetails d)
    {
        Action = d.Action!.Trim();
        Kind = d.Kind;
        MechanismId = d.MechanismId;
        MeetingId = d.MeetingId;
        _parties = d.Parties?.Distinct().ToArray() ?? [];
        PriorityArea = d.PriorityArea;
        Deadline = d.Deadline;
        Target = d.Target;
        return this;
    }
}

/// <summary>One dated step of a commitment's history, with its evidence when one was cited.</summary>
public sealed class StatusChange
{
    private StatusChange() { }

    internal StatusChange(int sequence, CommitmentStatus status, DateOnly on, Evidence? evidence, string? note)
    {
        Sequence = sequence;
        Status = status;
        On = on;
        Note = note;
        EvidenceDocumentId = evidence?.DocumentId;
        EvidenceSpanStart = evidence?.Span?.Start;
        EvidenceSpanLength = evidence?.Span?.Length;
        EvidenceUrl = evidence?.Url;
        EvidenceNote = evidence?.Note;
    }

    /// <summary>0 for the first entry, rising by one.</summary>
    public int Sequence { get; private set; }

    public CommitmentStatus Status { get; private set; }
    public DateOnly On { get; private set; }
    public string? Note { get; private set; }

    public Evidence? Evidence => Evidence.Restore(EvidenceDocumentId, EvidenceSpanStart, EvidenceSpanLength, EvidenceUrl, EvidenceNote);

    // Flattened so that both databases store evidence as plain columns of the history row.
    public Guid? EvidenceDocumentId { get; private set; }
    public int? EvidenceSpanStart { get; private set; }
    public int? EvidenceSpanLength { get; private set; }
    public string? EvidenceUrl { get; private set; }
    public string? EvidenceNote { get; private set; }
}
