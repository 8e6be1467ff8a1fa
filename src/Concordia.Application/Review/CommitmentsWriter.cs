using Concordia.Application.Abstractions;
using Concordia.Application.Search;
using Concordia.Domain;
using Concordia.Domain.Documents;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Review;

/// <summary>
/// Turns commitment claims into commitments. The same undertaking reported twice (same mechanism, same action once
/// folded) is one commitment. It is tied to the meeting its document reports, when the document reports one of that
/// mechanism; actors become parties when they name a country the registry knows, and its proposer when they (or the
/// sentence's lead-in) name a person it knows (<see cref="Proposers"/>).
/// </summary>
internal sealed class CommitmentsWriter(IConcordiaDb db)
{
    public async Task<Commitment?> FindAsync(CommitmentClaim claim, CancellationToken ct)
    {
        var mechanism = await KnownMechanismAsync(claim.Mechanism, ct);
        var folded = TextFold.Fold(claim.Action);
        var candidates = await db.Commitments.Where(c => c.MechanismId == mechanism).ToListAsync(ct);
        return candidates.FirstOrDefault(c => TextFold.Fold(c.Action) == folded);
    }

    public async Task<Result<Commitment>> ApplyAsync(CommitmentClaim claim, Fact fact, Commitment? target, DateOnly today, CancellationToken ct)
    {
        var mechanism = await KnownMechanismAsync(claim.Mechanism, ct);
        var parties = await PartiesAsync(claim.Actors, ct);
        var meeting = await MeetingOfDocumentAsync(fact.DocumentId, mechanism, ct);
        var deadline = claim.Deadline is { HasYear: true } d ? d : (PartialDate?)null;
        Result<Commitment> saved;
        if (target is not null)
        {
            saved = target.Update(new CommitmentDetails(target.Action, target.Kind, target.MechanismId ?? mechanism, target.MeetingId ?? meeting,
                target.Parties.Union(parties).ToList(), target.PriorityArea, target.Deadline ?? deadline, target.Target));
        }
        else
        {
            var published = await db.Documents.Where(x => x.Id == fact.DocumentId).Select(x => x.Published).FirstOrDefaultAsync(ct);
            saved = Commitment.Create(new CommitmentDetails(claim.Action, claim.Kind, mechanism, meeting, parties, Deadline: deadline),
                published?.Start ?? today);
            if (saved.IsSuccess) db.Commitments.Add(saved.Value);
        }

        if (!saved.IsSuccess || saved.Value.ProposerId is not null) return saved;
        return await new Proposers(db).FindAsync(claim, fact, ct) is { } proposer ? saved.Value.SetProposer(proposer) : saved;
    }

    private async Task<List<CountryCode>> PartiesAsync(IReadOnlyList<string> actors, CancellationToken ct)
    {
        if (actors.Count == 0) return [];
        var wanted = actors.Select(Squash).ToHashSet();
        var countries = await db.Countries.AsNoTracking().ToListAsync(ct);
        return countries.Where(c => wanted.Contains(Squash(c.NameEn)) || wanted.Contains(Squash(c.NameVi)))
            .Select(c => c.Code).ToList();
    }

    /// <summary>The one meeting of this mechanism that reviewed facts of the same document became, if exactly one.</summary>
    private async Task<Guid?> MeetingOfDocumentAsync(Guid documentId, string? mechanism, CancellationToken ct)
    {
        var recordIds = await db.Facts.Where(f => f.DocumentId == documentId && f.Kind == FactKind.Meeting && f.RecordId != null
                                                  && (f.State == ReviewState.Accepted || f.State == ReviewState.Merged))
            .Select(f => f.RecordId!.Value).Distinct().ToListAsync(ct);
        var meetings = await db.Meetings.Where(m => recordIds.Contains(m.Id) && m.MechanismId == mechanism).Select(m => m.Id).ToListAsync(ct);
        return meetings.Count == 1 ? meetings[0] : null;
    }

    /// <summary>"Viet Nam" and "Vietnam" alike: folded, letters only.</summary>
    private static string Squash(string name) => string.Concat(TextFold.Fold(name).Where(char.IsLetterOrDigit));

    private async Task<string?> KnownMechanismAsync(string? id, CancellationToken ct) =>
        id is not null && await db.Mechanisms.AnyAsync(m => m.Id == id, ct) ? id : null;
}
