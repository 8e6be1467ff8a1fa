using System.Text.Json;
using Concordia.Domain.Values;

namespace Concordia.Domain.Documents;

public enum FactKind
{
    Meeting,
    Person,
    Commitment,
    Amount,
    Other,
}

public enum ReviewState
{
    Pending,
    Accepted,
    Rejected,
    Merged,
}

public enum ReviewAction
{
    Accept,
    Reject,
    Merge,
    Edit,
}

/// <summary>
/// A machine-extracted claim with the exact source span, the rules that produced it and a confidence. It waits in
/// the review queue until a reviewer accepts, edits, merges or rejects it; every decision is kept.
/// </summary>
public sealed class Fact : IdentifiedEntity
{
    private readonly List<ReviewDecision> _decisions = [];
    private string[] _ruleIds = [];

    private Fact() => Payload = "{}";

    public Guid DocumentId { get; private set; }
    public FactKind Kind { get; private set; }

    /// <summary>The claim as a JSON object in the shape of the extraction format's section for its kind.</summary>
    public string Payload { get; private set; }

    public Span Span { get; private set; }
    public IReadOnlyList<string> RuleIds => _ruleIds;
    public double Confidence { get; private set; }
    public ReviewState State { get; private set; }

    /// <summary>The registry record an accepted fact became (a meeting id, person id, ...).</summary>
    public Guid? RecordId { get; private set; }

    public Guid? MergedIntoFactId { get; private set; }
    public IReadOnlyList<ReviewDecision> Decisions => _decisions.OrderBy(d => d.Sequence).ToList();

    public static Result<Fact> Create(Guid documentId, FactKind kind, string? payload, Span span, IEnumerable<string> ruleIds, double confidence)
    {
        var rules = ruleIds.ToArray();
        var v = new Validator()
            .Require(documentId != Guid.Empty, "documentId", "value.required", "documentId is required")
            .Require(Enum.IsDefined(kind), "kind", "fact.kind.unknown", $"'{kind}' is not a fact kind")
            .Require(IsJsonObject(payload), "payload", "fact.payload.invalid", "the payload must be a JSON object")
            .Require(span.Length > 0, "span", "fact.span.empty", "a fact needs a non-empty source span")
            .Require(rules.Length > 0 && rules.All(r => !string.IsNullOrWhiteSpace(r)), "ruleIds", "fact.rules.required",
                "a fact records the rule ids that produced it")
            .Require(confidence is >= 0 and <= 1, "confidence", "fact.confidence.range", "confidence is between 0 and 1");
        return v.Then(() => new Fact
        {
            DocumentId = documentId, Kind = kind, Payload = payload!, Span = span, _ruleIds = rules, Confidence = confidence,
            State = ReviewState.Pending,
        });
    }

    public Result<Fact> Accept(string reviewer, DateTimeOffset at, Guid? recordId = null, string? note = null) =>
        Decide(ReviewAction.Accept, reviewer, at, note, () =>
        {
            State = ReviewState.Accepted;
            RecordId = recordId;
        });

    public Result<Fact> Reject(string reviewer, DateTimeOffset at, string? note = null) =>
        Decide(ReviewAction.Reject, reviewer, at, note, () => State = ReviewState.Rejected);

    /// <summary>Marks this fact as the same claim as another (the same meeting reported by two documents).</summary>
    public Result<Fact> MergeInto(Guid otherFactId, string reviewer, DateTimeOffset at, Guid? recordId = null, string? note = null) =>
        otherFactId == Id
            ? Result<Fact>.Fail("fact.merge.self", "a fact cannot be merged into itself", "mergedIntoFactId")
            : Decide(ReviewAction.Merge, reviewer, at, note, () =>
            {
                State = ReviewState.Merged;
                MergedIntoFactId = otherFactId;
                RecordId = recordId;
            });

    /// <summary>Corrects the payload; the fact stays pending until accepted.</summary>
    public Result<Fact> Edit(string? payload, string reviewer, DateTimeOffset at, string? note = null) =>
        IsJsonObject(payload)
            ? Decide(ReviewAction.Edit, reviewer, at, note, () => Payload = payload!)
            : Result<Fact>.Fail("fact.payload.invalid", "the payload must be a JSON object", "payload");

    private Result<Fact> Decide(ReviewAction action, string reviewer, DateTimeOffset at, string? note, Action apply)
    {
        var v = new Validator()
            .Require(State == ReviewState.Pending, "state", "fact.review.closed", $"the fact was already {State.ToString().ToLowerInvariant()}")
            .RequireText(reviewer, "reviewer", 200)
            .OptionalText(note, "note", 2000);
        if (!v.IsValid) return v.Failure<Fact>();
        apply();
        _decisions.Add(new ReviewDecision(_decisions.Count, action, reviewer.Trim(), at, string.IsNullOrWhiteSpace(note) ? null : note.Trim()));
        return this;
    }

    private static bool IsJsonObject(string? payload)
    {
        if (string.IsNullOrWhiteSpace(payload)) return false;
        try
        {
            using var doc = JsonDocument.Parse(payload);
            return doc.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

/// <summary>Who decided what about a fact, and when.</summary>
public sealed class ReviewDecision
{
    private ReviewDecision() => Reviewer = "";

    internal ReviewDecision(int sequence, ReviewAction action, string reviewer, DateTimeOffset at, string? note)
    {
        Sequence = sequence;
        Action = action;
        Reviewer = reviewer;
        At = at.ToUniversalTime();
        Note = note;
    }

    public int Sequence { get; private set; }
    public ReviewAction Action { get; private set; }
    public string Reviewer { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Note { get; private set; }
}
