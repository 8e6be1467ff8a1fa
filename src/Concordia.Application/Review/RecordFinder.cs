using Concordia.Application.Abstractions;
using Concordia.Application.Search;
using Concordia.Domain;
using Concordia.Domain.Documents;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Review;

/// <summary>
/// Finds the records a fact could be merged into, over every record of the fact's kind, with or without diacritics
/// ("nguyen van an" finds "Nguyễn Văn An"). People are matched in the database: every word of the query is in their
/// folded name key. Meetings are looked up in the search index (title, mechanism name and short name, kind in both
/// languages, ordinal, city, date), newest first: every word whole, the last also as a prefix. Commitments have no
/// folded column: they are folded here as they stream past, newest first, until enough are found, and every word of
/// the query must begin a word of their action.
/// </summary>
public sealed class RecordFinder(IConcordiaDb db, ISearchIndex index)
{
    public const int MaxQueryLength = 200;

    public async Task<Result<IReadOnlyList<RecordChoice>>> FindAsync(FactKind kind, string? query, int limit = 30, CancellationToken ct = default)
    {
        if (query is { Length: > MaxQueryLength })
            return Result<IReadOnlyList<RecordChoice>>.Fail("review.query.too-long", $"a query has at most {MaxQueryLength} characters", "q");
        var terms = TextFold.Terms(query);
        if (terms.Count == 0) return Result<IReadOnlyList<RecordChoice>>.Ok([]);
        limit = Math.Clamp(limit, 1, 100);
        return kind switch
        {
            FactKind.Person => await PeopleAsync(terms, limit, ct),
            FactKind.Meeting => await MeetingsAsync(terms, limit, ct),
            FactKind.Commitment => await CommitmentsAsync(terms, limit, ct),
            _ => Result<IReadOnlyList<RecordChoice>>.Fail("review.merge.unsupported",
                $"a {kind.ToString().ToLowerInvariant()} fact has no record to merge into", "kind"),
        };
    }

    private async Task<List<RecordChoice>> PeopleAsync(IReadOnlyList<string> terms, int limit, CancellationToken ct)
    {
        var query = db.People.AsNoTracking();
        foreach (var term in terms.Select(PersonName.Fold)) query = query.Where(p => p.NameKey.Contains(term));
        return (await query.OrderBy(p => p.Name).Take(limit).ToListAsync(ct)).Select(PersonChoice).ToList();
    }

    private async Task<List<RecordChoice>> MeetingsAsync(IReadOnlyList<string> terms, int limit, CancellationToken ct)
    {
        var keys = await index.FindKeysAsync(SearchKinds.Meeting, terms, limit, ct);
        var ids = keys.Select(k => Guid.TryParse(k, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        var meetings = await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var mechanismIds = meetings.Values.Select(m => m.MechanismId).OfType<string>().Distinct().ToList();
        var names = await db.Mechanisms.AsNoTracking().Where(m => mechanismIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        return ids.Where(meetings.ContainsKey).Select(id => meetings[id])
            .Select(m => new RecordChoice(m.Id, MeetingLabel(m, m.MechanismId is { } mid ? names.GetValueOrDefault(mid) : null))).ToList();
    }

    private async Task<List<RecordChoice>> CommitmentsAsync(IReadOnlyList<string> terms, int limit, CancellationToken ct)
    {
        var found = new List<RecordChoice>();
        await foreach (var c in db.Commitments.AsNoTracking().OrderByDescending(c => c.Id).Select(c => new { c.Id, c.Action, c.MechanismId })
                           .AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!Matches(terms, $"{c.Action} {c.MechanismId}")) continue;
            found.Add(CommitmentChoice(c.Id, c.Action));
            if (found.Count == limit) break;
        }

        return found;
    }

    /// <summary>Every term begins some word of the folded text.</summary>
    public static bool Matches(IReadOnlyList<string> terms, string text)
    {
        var words = Words(text);
        return terms.All(t => Begins(t, words));
    }

    private static string[] Words(string text) => [.. TextFold.Terms(text, int.MaxValue)];

    private static bool Begins(string term, string[] words)
    {
        foreach (var w in words)
            if (w.StartsWith(term, StringComparison.Ordinal)) return true;
        return false;
    }

    public static RecordChoice PersonChoice(Person p) => new(p.Id, p.Country is { } c ? $"{p.Name} ({c.Value})" : p.Name);

    public static RecordChoice CommitmentChoice(Guid id, string action) => new(id, action.Length > 90 ? action[..90] + "…" : action);

    public static string MeetingLabel(Meeting m, string? mechanismName) => Label(m.Title, m.Ordinal, mechanismName, m.Kind, m.Start);

    private static string Label(string? title, int? ordinal, string? mechanismName, MeetingKind kind, Domain.Values.PartialDate? start) =>
        title ?? $"{(ordinal is { } n ? $"#{n} " : "")}{mechanismName} {kind.ToSlug()}{(start is { } d ? $" ({d})" : "")}".Trim();
}
