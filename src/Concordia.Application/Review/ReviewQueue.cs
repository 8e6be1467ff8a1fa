using Concordia.Application.Abstractions;
using Concordia.Domain.Documents;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Review;

/// <summary>An existing record a pending fact could be merged into.</summary>
public sealed record RecordChoice(Guid Id, string Label);

/// <summary>
/// A fact waiting for review. <see cref="LikelyOutcome"/>: a meeting fact quoted in its document's title when that title
/// is a joint or chair's statement, so accepting it marks the document as an outcome of the meeting unless the reviewer says no.
/// </summary>
public sealed record PendingFact(Guid Id, FactKind Kind, string Payload, string Quote, Span Span, double Confidence,
    IReadOnlyList<string> RuleIds, IReadOnlyList<ReviewDecision> Decisions, IReadOnlyList<RecordChoice> MergeChoices, bool LikelyOutcome);

public sealed record PendingDocument(Guid Id, string? Title, string Origin, string Language, PartialDate? Published, Guid? DuplicateOfId,
    IReadOnlyList<PendingFact> Facts);

/// <summary>
/// One page of the queue. The counts stop at <see cref="ReviewQueue.FactCountLimit"/> and
/// <see cref="ReviewQueue.DocumentCountLimit"/> (a count above its limit means "more than the limit"): counting a
/// million pending facts exactly on every view would cost more than the rest of the page.
/// </summary>
public sealed record ReviewQueuePage(int PendingFacts, int PendingDocuments, IReadOnlyList<PendingDocument> Documents)
{
    public bool MoreFactsThanCounted => PendingFacts > ReviewQueue.FactCountLimit;
    public bool MoreDocumentsThanCounted => PendingDocuments > ReviewQueue.DocumentCountLimit;
}

/// <summary>A reviewer's search for the record to merge one fact into; its results replace that fact's merge choices.</summary>
public sealed record MergeSearch(Guid FactId, string Query);

/// <summary>The review queue: facts waiting for a decision, grouped by the document they were read from, oldest first.</summary>
public sealed class ReviewQueue(IConcordiaDb db)
{
    private const int MaxChoices = 30;
    public const int FactCountLimit = 100_000;
    public const int DocumentCountLimit = 1_000;

    public Task<ReviewQueuePage> PendingAsync(int maxDocuments = 10, CancellationToken ct = default) => PendingAsync(maxDocuments, null, ct);

    public async Task<ReviewQueuePage> PendingAsync(int maxDocuments, MergeSearch? search, CancellationToken ct = default)
    {
        var pending = db.Facts.AsNoTracking().Where(f => f.State == ReviewState.Pending);
        var total = await pending.Take(FactCountLimit + 1).CountAsync(ct);
        // Documents with pending facts, in document order: walking the documents and probing their facts stops after
        // the first few, where listing the distinct document ids of every pending fact does not.
        var withPending = db.Documents.AsNoTracking()
            .Where(d => db.Facts.Any(f => f.DocumentId == d.Id && f.State == ReviewState.Pending)).OrderBy(d => d.Id).Select(d => d.Id);
        var documentCount = await withPending.Take(DocumentCountLimit + 1).CountAsync(ct);
        var shown = await withPending.Take(Math.Clamp(maxDocuments, 1, 100)).ToListAsync(ct);
        // By document only, then pending in memory: with the state in the query SQLite picks the state index and reads
        // every pending fact of the corpus instead of the few of these documents.
        var facts = (await db.Facts.AsNoTracking().Where(f => shown.Contains(f.DocumentId)).ToListAsync(ct))
            .Where(f => f.State == ReviewState.Pending).ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => shown.Contains(d.Id)).ToListAsync(ct);
        var choices = await ChoicesAsync(facts.Select(f => f.Kind).Distinct().ToList(), ct);
        var searched = facts.FirstOrDefault(f => f.Id == search?.FactId) is { } picked
                       && await new RecordFinder(db).FindAsync(picked.Kind, search!.Query, MaxChoices, ct) is { IsSuccess: true } found
            ? found.Value
            : null;
        var groups = documents.OrderBy(d => d.Id).Select(d => new PendingDocument(d.Id, d.Title, d.Origin, d.Language, d.Published, d.DuplicateOfId,
            facts.Where(f => f.DocumentId == d.Id).OrderBy(f => f.Span.Start)
                .Select(f => new PendingFact(f.Id, f.Kind, f.Payload, Quote(d, f.Span), f.Span, f.Confidence, f.RuleIds, f.Decisions,
                    (f.Id == search?.FactId ? searched : null) ?? choices.GetValueOrDefault(f.Kind) ?? [], f.Kind == FactKind.Meeting && OutcomeStatements.IsStatementOf(d.Title, Quote(d, f.Span))))
                .ToList())).ToList();
        return new ReviewQueuePage(total, documentCount, groups);
    }

    private async Task<Dictionary<FactKind, IReadOnlyList<RecordChoice>>> ChoicesAsync(List<FactKind> kinds, CancellationToken ct)
    {
        var result = new Dictionary<FactKind, IReadOnlyList<RecordChoice>>();
        if (kinds.Contains(FactKind.Meeting))
        {
            var mechanisms = await db.Mechanisms.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, ct);
            var meetings = await db.Meetings.AsNoTracking().OrderByDescending(m => m.Id).Take(MaxChoices).ToListAsync(ct);
            result[FactKind.Meeting] = meetings
                .Select(m => new RecordChoice(m.Id, RecordFinder.MeetingLabel(m, m.MechanismId is { } id ? mechanisms.GetValueOrDefault(id) : null)))
                .OrderBy(c => c.Label).ToList();
        }

        if (kinds.Contains(FactKind.Person))
            result[FactKind.Person] = (await db.People.AsNoTracking().OrderByDescending(p => p.Id).Take(MaxChoices).ToListAsync(ct))
                .OrderBy(p => p.Name).Select(RecordFinder.PersonChoice).ToList();
        if (kinds.Contains(FactKind.Commitment))
            result[FactKind.Commitment] = (await db.Commitments.AsNoTracking().OrderByDescending(c => c.Id).Take(MaxChoices).ToListAsync(ct))
                .Select(c => RecordFinder.CommitmentChoice(c.Id, c.Action)).ToList();
        return result;
    }

    private static string Quote(Document d, Span span) =>
        span.End <= d.Text.Length ? d.Text.Substring(span.Start, span.Length) : "";
}
