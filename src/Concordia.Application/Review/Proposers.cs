using Concordia.Application.Abstractions;
using Concordia.Domain.Documents;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Review;

/// <summary>
/// Finds who put a commitment forward: an actor of the claim naming a person the registry knows, else the one known
/// person named in the same sentence before the action ("Deputy Prime Minister X on July 10 called for ..."). Two
/// people there (co-chairs who agreed together) name no single proposer, and no person is created from a guess.
/// </summary>
internal sealed class Proposers(IConcordiaDb db)
{
    private const int MaxLeadIn = 400;

    public async Task<Guid?> FindAsync(CommitmentClaim claim, Fact fact, CancellationToken ct)
    {
        foreach (var actor in claim.Actors)
            if (await KnownPersonAsync(actor, ct) is { } id) return id;
        return await InLeadInAsync(fact, ct);
    }

    private async Task<Guid?> InLeadInAsync(Fact commitment, CancellationToken ct)
    {
        var text = await db.Documents.AsNoTracking().Where(d => d.Id == commitment.DocumentId).Select(d => d.Text).FirstOrDefaultAsync(ct);
        if (text is null || commitment.Span.Start > text.Length) return null;
        var from = SentenceStart(text, commitment.Span.Start);
        var mentions = (await db.Facts.AsNoTracking()
                .Where(f => f.DocumentId == commitment.DocumentId && f.Kind == FactKind.Person && f.State != ReviewState.Rejected).ToListAsync(ct))
            .Where(f => f.Span.Start >= from && f.Span.End <= commitment.Span.Start).ToList();
        var found = new HashSet<Guid>();
        foreach (var mention in mentions)
        {
            if (mention.RecordId is { } id) found.Add(id);
            else if (Claims.Person(mention.Payload) is { IsSuccess: true } claim && await KnownPersonAsync(claim.Value.Name, ct) is { } known) found.Add(known);
        }

        return found.Count == 1 ? found.Single() : null;
    }

    private async Task<Guid?> KnownPersonAsync(string name, CancellationToken ct)
    {
        var key = PersonName.Key(name);
        if (key.Length == 0) return null;
        return db.People.Local.FirstOrDefault(p => p.NameKey == key)?.Id
               ?? await db.People.AsNoTracking().Where(p => p.NameKey == key).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Where the sentence holding <paramref name="at"/> begins: after the last full stop, mark or line break before it.</summary>
    private static int SentenceStart(string text, int at)
    {
        var floor = Math.Max(0, at - MaxLeadIn);
        for (var i = at - 1; i >= floor; i--)
            if (text[i] is '\n' or '!' or '?' || (text[i] == '.' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
                return i + 1;
        return floor;
    }
}
