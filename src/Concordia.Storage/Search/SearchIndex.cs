using Concordia.Application.Search;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Storage.Search;

/// <summary>The part of the search index both databases share: filling it from the stored records.</summary>
internal abstract class SearchIndex(ConcordiaDbContext db) : ISearchIndex
{
    private const int Batch = 200;

    protected ConcordiaDbContext Db => db;

    public abstract Task<IReadOnlyList<SearchMatch>> MatchAsync(IReadOnlyList<string> terms, int limit, CancellationToken ct = default);

    public async Task<int> EnsureBuiltAsync(CancellationToken ct = default)
    {
        if (await db.Set<SearchEntry>().AnyAsync(ct)) return 0;
        var added = 0;
        var mechanisms = await db.Mechanisms.AsNoTracking().ToDictionaryAsync(m => m.Id, ct);
        foreach (var m in mechanisms.Values) added += Add(SearchEntries.For(m));
        foreach (var p in await db.People.AsNoTracking().ToListAsync(ct)) added += Add(SearchEntries.For(p));
        var kinds = await db.MeetingKinds.AsNoTracking().ToDictionaryAsync(k => k.Kind, ct);
        foreach (var m in await db.Meetings.AsNoTracking().ToListAsync(ct))
            added += Add(SearchEntries.For(m, m.MechanismId is { } id ? mechanisms.GetValueOrDefault(id) : null, kinds.GetValueOrDefault(m.Kind)));
        await db.SaveChangesAsync(ct);
        var ids = await db.Documents.AsNoTracking().OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(ct);
        foreach (var chunk in ids.Chunk(Batch))
        {
            foreach (var d in await db.Documents.AsNoTracking().Where(d => chunk.Contains(d.Id)).ToListAsync(ct)) added += Add(SearchEntries.For(d));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return added;
    }

    private int Add(SearchEntry entry)
    {
        db.Add(entry);
        return 1;
    }

    protected sealed class Row
    {
        public string Kind { get; set; } = "";
        public string RecordKey { get; set; } = "";
        public string Title { get; set; } = "";
        public double Score { get; set; }
    }
}

/// <summary>SQLite: an FTS5 table (unicode61, remove_diacritics 2) over the folded columns, ranked by bm25 with titles weighted.</summary>
internal sealed class SqliteSearchIndex(ConcordiaDbContext db) : SearchIndex(db)
{
    public override async Task<IReadOnlyList<SearchMatch>> MatchAsync(IReadOnlyList<string> terms, int limit, CancellationToken ct = default)
    {
        if (terms.Count == 0) return [];
        var query = string.Join(' ', terms.Select(t => $"\"{t.Replace("\"", "", StringComparison.Ordinal)}\"*"));
        var rows = await Db.Database.SqlQuery<Row>($"""
            SELECT e."Kind", e."RecordKey", e."Title", bm25("SearchFts", 8.0, 1.0) AS "Score"
            FROM "SearchFts" JOIN "SearchEntries" e ON e."Id" = "SearchFts".rowid
            WHERE "SearchFts" MATCH {query}
            ORDER BY "Score" LIMIT {limit}
            """).ToListAsync(ct);
        return rows.Select(r => new SearchMatch(r.Kind, r.RecordKey, r.Title, -r.Score)).ToList();
    }
}

/// <summary>PostgreSQL: a generated tsvector column (simple configuration, titles weighted A) with a GIN index, ranked by ts_rank.</summary>
internal sealed class PostgresSearchIndex(ConcordiaDbContext db) : SearchIndex(db)
{
    public override async Task<IReadOnlyList<SearchMatch>> MatchAsync(IReadOnlyList<string> terms, int limit, CancellationToken ct = default)
    {
        if (terms.Count == 0) return [];
        var query = string.Join(" & ", terms.Select(t => t + ":*"));
        var rows = await Db.Database.SqlQuery<Row>($"""
            SELECT e."Kind", e."RecordKey", e."Title", ts_rank(e."Vector", q, 1)::float8 AS "Score"
            FROM "SearchEntries" e, to_tsquery('simple', {query}) q
            WHERE e."Vector" @@ q
            ORDER BY "Score" DESC, e."Id" LIMIT {limit}
            """).ToListAsync(ct);
        return rows.Select(r => new SearchMatch(r.Kind, r.RecordKey, r.Title, r.Score)).ToList();
    }
}
