using Concordia.Application.Abstractions;
using Concordia.Application.Registry;
using Concordia.Domain;
using Concordia.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Review;

/// <summary>What a decision did: the fact's new state and the registry record it became or joined.</summary>
public sealed record ReviewOutcome(Guid FactId, ReviewState State, FactKind Kind, Guid? RecordId);

/// <summary>
/// Who decides and why. For a meeting fact, <see cref="Outcome"/> says whether its document is an outcome of that
/// meeting (a joint or chair's statement); null leaves it to the document's title (<see cref="OutcomeStatements"/>).
/// </summary>
public sealed record Decision(string Reviewer, string? Note = null, bool? Outcome = null);

/// <summary>
/// The reviewer's decisions on pending facts: accept (creating or completing a registry record, with the fact as its
/// source), edit then accept, reject, or merge into a record the reviewer picks. Each decision is one transaction and
/// is kept on the fact with who made it and when.
/// </summary>
public sealed class ReviewService(IConcordiaDb db, TimeProvider clock)
{
    private readonly PeopleWriter _people = new(db);
    private MeetingsWriter Meetings => new(db, _people);
    private CommitmentsWriter Commitments => new(db);

    public Task<Result<ReviewOutcome>> AcceptAsync(Guid factId, string reviewer, string? note = null, CancellationToken ct = default) =>
        AcceptAsync(factId, new Decision(reviewer, note), ct);

    public Task<Result<ReviewOutcome>> AcceptAsync(Guid factId, Decision decision, CancellationToken ct = default) =>
        DecideAsync(factId, ct, fact => ApplyAsync(fact, null, decision, ct));

    public Task<Result<ReviewOutcome>> EditAndAcceptAsync(Guid factId, string payload, string reviewer, string? note = null, CancellationToken ct = default) =>
        EditAndAcceptAsync(factId, payload, new Decision(reviewer, note), ct);

    public Task<Result<ReviewOutcome>> EditAndAcceptAsync(Guid factId, string payload, Decision decision, CancellationToken ct = default) =>
        DecideAsync(factId, ct, async fact =>
        {
            var edited = fact.Edit(payload, decision.Reviewer, clock.GetUtcNow(), decision.Note);
            return edited.IsSuccess ? await ApplyAsync(fact, null, decision, ct) : Result<Fact>.Fail(edited.Errors);
        });

    public Task<Result<ReviewOutcome>> RejectAsync(Guid factId, string reviewer, string? note = null, CancellationToken ct = default) =>
        DecideAsync(factId, ct, fact => Task.FromResult(fact.Reject(reviewer, clock.GetUtcNow(), note)));

    /// <summary>Merges the fact into a record the reviewer chose (a meeting, a person or a commitment of the fact's kind).</summary>
    public Task<Result<ReviewOutcome>> MergeAsync(Guid factId, Guid recordId, string reviewer, string? note = null, CancellationToken ct = default) =>
        MergeAsync(factId, recordId, new Decision(reviewer, note), ct);

    public Task<Result<ReviewOutcome>> MergeAsync(Guid factId, Guid recordId, Decision decision, CancellationToken ct = default) =>
        DecideAsync(factId, ct, fact => ApplyAsync(fact, recordId, decision, ct));

    private async Task<Result<ReviewOutcome>> DecideAsync(Guid factId, CancellationToken ct, Func<Fact, Task<Result<Fact>>> decide)
    {
        var fact = await db.Facts.FirstOrDefaultAsync(f => f.Id == factId, ct);
        if (fact is null) return Result<ReviewOutcome>.Fail("fact.not-found", $"There is no fact {factId}", "factId");
        if (fact.State != ReviewState.Pending)
            return Result<ReviewOutcome>.Fail("fact.review.closed", $"the fact was already {fact.State.ToString().ToLowerInvariant()}", "state");
        try
        {
            var decided = await decide(fact);
            if (!decided.IsSuccess) return Result<ReviewOutcome>.Fail(decided.Errors);
            await db.SaveChangesAsync(ct);
            return new ReviewOutcome(fact.Id, fact.State, fact.Kind, fact.RecordId);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<ReviewOutcome>.Fail("fact.review.conflict", "someone else decided on this fact or its record at the same time; reload and retry", "version");
        }
        finally
        {
            // A refused decision may have half-changed tracked records; nothing of it may ride along with the next save.
            if (db is DbContext context) context.ChangeTracker.Clear();
        }
    }

    private async Task<Result<Fact>> ApplyAsync(Fact fact, Guid? chosen, Decision decision, CancellationToken ct)
    {
        var (reviewer, note) = (decision.Reviewer, decision.Note);
        var record = fact.Kind switch
        {
            FactKind.Meeting => await MeetingAsync(fact, chosen, ct),
            FactKind.Person => await PersonAsync(fact, chosen, ct),
            FactKind.Commitment => await CommitmentAsync(fact, chosen, ct),
            FactKind.Amount when chosen is null => new FlowsWriter(db).Apply(fact),
            _ => chosen is null ? Result<Guid?>.Ok(null)
                : Result<Guid?>.Fail("review.merge.unsupported", $"a {fact.Kind.ToString().ToLowerInvariant()} fact has no record to merge into", "recordId"),
        };
        if (!record.IsSuccess) return Result<Fact>.Fail(record.Errors);
        var at = clock.GetUtcNow();
        if (record.Value is not { } recordId) return fact.Accept(reviewer, at, null, note);
        var earlier = await db.Facts.Where(f => f.RecordId == recordId && f.Id != fact.Id && f.State == ReviewState.Accepted)
            .OrderBy(f => f.Id).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(ct);
        // A record that another fact already became gains a second source: the fact is merged into that one.
        var decided = earlier is { } other ? fact.MergeInto(other, reviewer, at, recordId, note) : fact.Accept(reviewer, at, recordId, note);
        if (!decided.IsSuccess) return decided;
        var source = RecordSource.FromFact(fact, RecordKindOf(fact.Kind), recordId);
        if (!source.IsSuccess) return Result<Fact>.Fail(source.Errors);
        db.RecordSources.Add(source.Value);
        if (fact.Kind == FactKind.Meeting && await IsOutcomeAsync(fact, decision.Outcome, ct))
        {
            var linked = await MeetingDocumentService.LinkAsync(db, recordId, fact.DocumentId, ct);
            if (!linked.IsSuccess) return Result<Fact>.Fail(linked.Errors);
        }

        return decided;
    }

    /// <summary>The reviewer's say, else whether the document's title is a statement of the meeting this fact quotes.</summary>
    private async Task<bool> IsOutcomeAsync(Fact fact, bool? outcome, CancellationToken ct)
    {
        if (outcome is { } said) return said;
        var document = await db.Documents.AsNoTracking().Where(d => d.Id == fact.DocumentId).Select(d => new { d.Title, d.Text }).FirstAsync(ct);
        return fact.Span.End <= document.Text.Length
               && OutcomeStatements.IsStatementOf(document.Title, document.Text.Substring(fact.Span.Start, fact.Span.Length));
    }

    private static RecordKind RecordKindOf(FactKind kind) => kind switch
    {
        FactKind.Meeting => RecordKind.Meeting,
        FactKind.Person => RecordKind.Person,
        FactKind.Amount => RecordKind.Flow,
        _ => RecordKind.Commitment,
    };

    private async Task<Result<Guid?>> MeetingAsync(Fact fact, Guid? chosen, CancellationToken ct)
    {
        var claim = Claims.Meeting(fact.Payload);
        if (!claim.IsSuccess) return Result<Guid?>.Fail(claim.Errors);
        var target = chosen is { } id ? await db.Meetings.FirstOrDefaultAsync(m => m.Id == id, ct) : await Meetings.FindAsync(claim.Value.Key, claim.Value.Date, claim.Value.City, ct);
        if (chosen is not null && target is null) return NotFound("meeting", chosen.Value);
        var saved = await Meetings.ApplyAsync(claim.Value, target, ct);
        return saved.Map(m => (Guid?)m.Id);
    }

    private async Task<Result<Guid?>> PersonAsync(Fact fact, Guid? chosen, CancellationToken ct)
    {
        var claim = Claims.Person(fact.Payload);
        if (!claim.IsSuccess) return Result<Guid?>.Fail(claim.Errors);
        var target = chosen is { } id ? await db.People.FirstOrDefaultAsync(p => p.Id == id, ct) : null;
        if (chosen is not null && target is null) return NotFound("person", chosen.Value);
        var saved = await _people.ApplyAsync(claim.Value, target, ct);
        return saved.Map(p => (Guid?)p.Id);
    }

    private async Task<Result<Guid?>> CommitmentAsync(Fact fact, Guid? chosen, CancellationToken ct)
    {
        var claim = Claims.Commitment(fact.Payload);
        if (!claim.IsSuccess) return Result<Guid?>.Fail(claim.Errors);
        var target = chosen is { } id ? await db.Commitments.FirstOrDefaultAsync(c => c.Id == id, ct) : await Commitments.FindAsync(claim.Value, ct);
        if (chosen is not null && target is null) return NotFound("commitment", chosen.Value);
        var saved = await Commitments.ApplyAsync(claim.Value, fact, target, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
        return saved.Map(c => (Guid?)c.Id);
    }

    private static Result<Guid?> NotFound(string what, Guid id) =>
        Result<Guid?>.Fail("review.record.not-found", $"There is no {what} {id} to merge into", "recordId");
}
