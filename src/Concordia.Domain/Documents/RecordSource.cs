using Concordia.Domain.Values;

namespace Concordia.Domain.Documents;

/// <summary>The kinds of registry record a source can back.</summary>
public enum RecordKind
{
    Meeting,
    Person,
    Commitment,
    Flow,
    Contribution,
    Strategy,
    Delegation,
}

/// <summary>
/// Where a registry record is stated: a span of a stored document, and the reviewed fact it came from. The same
/// meeting reported by two documents is one meeting with two sources.
/// </summary>
public sealed class RecordSource : IdentifiedEntity
{
    private RecordSource() { }

    public RecordKind Kind { get; private set; }
    public Guid RecordId { get; private set; }
    public Guid DocumentId { get; private set; }
    public Span Span { get; private set; }
    public Guid? FactId { get; private set; }

    public static Result<RecordSource> Create(RecordKind kind, Guid recordId, Guid documentId, Span span, Guid? factId = null)
    {
        var v = new Validator()
            .Require(Enum.IsDefined(kind), "kind", "source.kind.unknown", $"'{kind}' is not a record kind")
            .Require(recordId != Guid.Empty, "recordId", "value.required", "recordId is required")
            .Require(documentId != Guid.Empty, "documentId", "value.required", "documentId is required")
            .Require(span.Length > 0, "span", "source.span.empty", "a source cites a non-empty span");
        return v.Then(() => new RecordSource { Kind = kind, RecordId = recordId, DocumentId = documentId, Span = span, FactId = factId });
    }

    /// <summary>Creates the source of an accepted or merged fact, citing the fact's own span.</summary>
    public static Result<RecordSource> FromFact(Fact fact, RecordKind kind, Guid recordId) =>
        fact.State is ReviewState.Accepted or ReviewState.Merged
            ? Create(kind, recordId, fact.DocumentId, fact.Span, fact.Id)
            : Result<RecordSource>.Fail("source.fact.not-reviewed", $"a {fact.State.ToString().ToLowerInvariant()} fact is not a source yet", "factId");
}
