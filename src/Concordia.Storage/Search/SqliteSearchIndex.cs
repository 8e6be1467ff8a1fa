using Concordia.Application.Search;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Storage.Search;

/// <summary>
/// SQLite: an FTS5 table (unicode61, remove_diacritics 2) over the folded columns.
/// <para>
/// FTS5's bm25 weighs each term by how rare it is, and to know that it reads the term's whole list of records on
/// every query: over 100,000 documents a word such as "cooperation" costs milliseconds before a single row is ranked.
/// So bm25 (titles weighted 8 to 1) ranks a query only when each of its terms is in at most
/// <paramref name="rankedTermLimit"/> records, which a capped count finds out cheaply. A query with a common term
/// is ranked in two tiers instead: records whose title or name holds every term, then records whose text does, each
/// tier newest first (the index's row order is the order records were indexed), reading only as many rows as shown.
/// </para>
/// <para>
/// FTS5 also gathers a prefix term's records in full before it can use any, so the last word is first looked up as
/// typed and only matched as a prefix when that finds fewer records than asked for ("mekong" stays a whole word,
/// "hoi ngh" becomes "hoi ngh*").
/// </para>
/// </summary>
internal sealed class SqliteSearchIndex(ConcordiaDbContext db, int rankedTermLimit = SqliteSearchIndex.DefaultRankedTermLimit) : SearchIndex(db)
{
    public const int DefaultRankedTermLimit = 5_000;

    /// <summary>Rank of the title tier and of the text tier when a query is ranked in tiers (bm25 ranks are below 0 turned positive, far smaller).</summary>
    public const double TitleTier = 1_000_000, TextTier = 500_000;

    public override async Task<IReadOnlyList<SearchMatch>> MatchAsync(IReadOnlyList<string> terms, int limit, CancellationToken ct = default)
    {
        if (terms.Count == 0) return [];
        var exact = await MatchPhrasesAsync(SearchQueries.Fts5Terms(terms, prefixLast: false), limit, ct);
        if (exact.Count >= limit || !SearchQueries.CanPrefixLast(terms)) return exact;
        return await MatchPhrasesAsync(SearchQueries.Fts5Terms(terms, prefixLast: true), limit, ct);
    }

    private async Task<IReadOnlyList<SearchMatch>> MatchPhrasesAsync(IReadOnlyList<string> terms, int limit, CancellationToken ct)
    {
        var query = SearchQueries.Fts5(terms);
        if (await AllTermsSelectiveAsync(terms, ct)) return await RankedAsync(query, limit, ct);
        var titled = await NewestAsync(titlesOnly: true, query, limit, TitleTier, ct);
        if (titled.Count >= limit) return titled;
        var seen = titled.Select(m => (m.Kind, m.RecordKey)).ToHashSet();
        var text = await NewestAsync(titlesOnly: false, query, limit + titled.Count, TextTier, ct);
        return [.. titled, .. text.Where(m => !seen.Contains((m.Kind, m.RecordKey))).Take(limit - titled.Count)];
    }

    public override async Task<IReadOnlyList<string>> FindKeysAsync(string kind, IReadOnlyList<string> terms, int limit, CancellationToken ct = default)
    {
        if (terms.Count == 0) return [];
        var query = SearchQueries.Fts5(SearchQueries.Fts5Terms(terms, prefixLast: true));
        return await Db.Database.SqlQuery<string>($"""
            SELECT e."RecordKey" AS "Value" FROM "SearchFts" f JOIN "SearchEntries" e ON e."Id" = f.rowid
            WHERE "SearchFts" MATCH {query} AND e."Kind" = {kind}
            ORDER BY f.rowid DESC LIMIT {limit}
            """).ToListAsync(ct);
    }

    private async Task<bool> AllTermsSelectiveAsync(IReadOnlyList<string> terms, CancellationToken ct)
    {
        foreach (var term in terms)
        {
            var count = await Db.Database.SqlQuery<int>($"""
                SELECT count(*) AS "Value" FROM (SELECT rowid FROM "SearchFts" WHERE "SearchFts" MATCH {term} LIMIT {rankedTermLimit + 1})
                """).SingleAsync(ct);
            if (count > rankedTermLimit) return false;
        }

        return true;
    }

    private async Task<IReadOnlyList<SearchMatch>> RankedAsync(string query, int limit, CancellationToken ct)
    {
        var rows = await Db.Database.SqlQuery<Row>($"""
            SELECT e."Kind", e."RecordKey", e."Title", f."Score"
            FROM (SELECT rowid AS "Id", bm25("SearchFts", 8.0, 1.0) AS "Score" FROM "SearchFts"
                  WHERE "SearchFts" MATCH {query} ORDER BY "Score" LIMIT {limit}) f
            JOIN "SearchEntries" e ON e."Id" = f."Id"
            ORDER BY f."Score"
            """).ToListAsync(ct);
        return rows.Select(r => new SearchMatch(r.Kind, r.RecordKey, r.Title, -r.Score)).ToList();
    }

    /// <summary>The newest matches among titles and names only, or in the whole text.</summary>
    private async Task<List<SearchMatch>> NewestAsync(bool titlesOnly, string query, int limit, double tier, CancellationToken ct)
    {
        FormattableString sql;
        if (titlesOnly)
            sql = $"""
              SELECT e."Kind", e."RecordKey", e."Title", 0.0 AS "Score"
              FROM (SELECT rowid AS "Id" FROM "SearchTitleFts" WHERE "SearchTitleFts" MATCH {query} ORDER BY rowid DESC LIMIT {limit}) f
              JOIN "SearchEntries" e ON e."Id" = f."Id" ORDER BY f."Id" DESC
              """;
        else
            sql = $"""
              SELECT e."Kind", e."RecordKey", e."Title", 0.0 AS "Score"
              FROM (SELECT rowid AS "Id" FROM "SearchFts" WHERE "SearchFts" MATCH {query} ORDER BY rowid DESC LIMIT {limit}) f
              JOIN "SearchEntries" e ON e."Id" = f."Id" ORDER BY f."Id" DESC
              """;
        var rows = await Db.Database.SqlQuery<Row>(sql).ToListAsync(ct);
        return rows.Select((r, i) => new SearchMatch(r.Kind, r.RecordKey, r.Title, tier - i)).ToList();
    }
}
