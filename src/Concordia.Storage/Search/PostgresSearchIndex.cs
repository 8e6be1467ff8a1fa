using Concordia.Application.Search;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Storage.Search;

/// <summary>PostgreSQL: a generated tsvector column (simple configuration, titles weighted A) with a GIN index, ranked by ts_rank.</summary>
internal sealed class PostgresSearchIndex(ConcordiaDbContext db) : SearchIndex(db)
{
    public override async Task<IReadOnlyList<SearchMatch>> MatchAsync(IReadOnlyList<string> terms, int limit, CancellationToken ct = default)
    {
        if (terms.Count == 0) return [];
        var query = SearchQueries.TsQuery(terms);
        var rows = await Db.Database.SqlQuery<Row>($"""
            SELECT e."Kind", e."RecordKey", e."Title", ts_rank(e."Vector", q, 1)::float8 AS "Score"
            FROM "SearchEntries" e, to_tsquery('simple', {query}) q
            WHERE e."Vector" @@ q
            ORDER BY "Score" DESC, e."Id" LIMIT {limit}
            """).ToListAsync(ct);
        return rows.Select(r => new SearchMatch(r.Kind, r.RecordKey, r.Title, r.Score)).ToList();
    }

    public override async Task<IReadOnlyList<string>> FindKeysAsync(string kind, IReadOnlyList<string> terms, int limit, CancellationToken ct = default)
    {
        if (terms.Count == 0) return [];
        var query = SearchQueries.TsQuery(terms);
        return await Db.Database.SqlQuery<string>($"""
            SELECT "RecordKey" AS "Value" FROM "SearchEntries"
            WHERE "Vector" @@ to_tsquery('simple', {query}) AND "Kind" = {kind}
            ORDER BY "Id" DESC LIMIT {limit}
            """).ToListAsync(ct);
    }
}
