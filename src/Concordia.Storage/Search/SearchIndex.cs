using Concordia.Application.Search;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Storage.Search;

/// <summary>The part of the search index both databases share: filling it from the stored records.</summary>
internal abstract class SearchIndex(ConcordiaDbContext db) : ISearchIndex
{
    private const int Batch = 200;

    protected ConcordiaDbContext Db => db;

    public abstract Task<IReadOnlyList<SearchMatch>> MatchAsync(IReadOnlyList<string> terms, int limit, CancellationToken ct = default);

    public abstract Task<IReadOnlyList<string>> FindKeysAsync(string kind, IReadOnlyList<string> terms, int limit, CancellationToken ct = default);

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
