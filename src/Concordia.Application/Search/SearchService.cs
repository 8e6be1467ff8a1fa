using Concordia.Application.Abstractions;
using Concordia.Domain;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Search;

/// <summary>Full-text search over documents and registry names, diacritic-insensitive both ways, with marked snippets.</summary>
public sealed class SearchService(ISearchIndex index, IConcordiaDb db)
{
    public const int MaxQueryLength = 200;

    public async Task<Result<SearchResults>> SearchAsync(string? query, int limit = 20, CancellationToken ct = default)
    {
        if (query is { Length: > MaxQueryLength })
            return Result<SearchResults>.Fail("search.query.too-long", $"a query has at most {MaxQueryLength} characters", "q");
        var terms = TextFold.Terms(query);
        if (terms.Count == 0) return new SearchResults(query ?? "", terms, []);
        var matches = await index.MatchAsync(terms, Math.Clamp(limit, 1, 100), ct);
        var documentIds = matches.Where(m => m.Kind == SearchKinds.Document).Select(m => Guid.Parse(m.RecordKey)).ToList();
        var texts = await db.Documents.AsNoTracking().Where(d => documentIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Text }).ToDictionaryAsync(d => d.Id.ToString(), d => d.Text, ct);
        var hits = matches.Select(m => new SearchHit(m.Kind, m.Title, UrlOf(m),
            Snippets.Highlight(texts.TryGetValue(m.RecordKey, out var text) ? text : m.Title, terms), m.Rank)).ToList();
        return new SearchResults(query!, terms, hits);
    }

    public static string UrlOf(SearchMatch match) => match.Kind switch
    {
        SearchKinds.Document => $"/documents/{match.RecordKey}",
        SearchKinds.Mechanism => $"/mechanisms/{Uri.EscapeDataString(match.RecordKey)}",
        SearchKinds.Meeting => $"/meetings/{match.RecordKey}",
        _ => $"/people/{match.RecordKey}",
    };
}
