using System.Runtime.CompilerServices;
using Concordia.Domain.Documents;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Concordia.Storage.Search;

/// <summary>
/// Keeps <see cref="SearchEntry"/> rows in step with documents, people, mechanisms and meetings: whatever saves them
/// (ingestion, review, the API, the reference loader), the index changes in the same save and so the same transaction.
/// </summary>
internal sealed class SearchIndexInterceptor : SaveChangesInterceptor
{
    // Index rows are bookkeeping: a save reports the registry rows it wrote, so they are taken out of its count.
    private readonly ConditionalWeakTable<DbContext, StrongBox<int>> _indexRows = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not ConcordiaDbContext db) return result;
        await IndexAsync(db, cancellationToken);
        db.ChangeTracker.DetectChanges();
        var rows = db.ChangeTracker.Entries<SearchEntry>().Count(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        _indexRows.AddOrUpdate(db, new StrongBox<int>(rows));
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is null || !_indexRows.TryGetValue(eventData.Context, out var rows)) return ValueTask.FromResult(result);
        _indexRows.Remove(eventData.Context);
        return ValueTask.FromResult(result - rows.Value);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null) _indexRows.Remove(eventData.Context);
        return Task.CompletedTask;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        var searchable = eventData.Context?.ChangeTracker.Entries()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is Document or Person or Mechanism or Meeting);
        return searchable == true
            ? throw new NotSupportedException("Save documents and registry records with SaveChangesAsync, which also updates the search index")
            : result;
    }

    private static async Task IndexAsync(ConcordiaDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is Document or Person or Mechanism or Meeting)
            .ToList();
        foreach (var entry in changed)
        {
            var fresh = entry.State == EntityState.Deleted ? null : await EntryForAsync(entry, db, ct);
            var (kind, key) = fresh is null ? KeyOf(entry) : (fresh.Kind, fresh.RecordKey);
            var stored = entry.State == EntityState.Added ? null : await FindAsync(db, kind, key, ct);
            if (fresh is null)
            {
                if (stored is not null) db.Remove(stored);
            }
            else if (stored is null) db.Add(fresh);
            else
            {
                stored.Title = fresh.Title;
                stored.FoldedTitle = fresh.FoldedTitle;
                stored.FoldedBody = fresh.FoldedBody;
            }
        }
    }

    private static async Task<SearchEntry> EntryForAsync(EntityEntry entry, ConcordiaDbContext db, CancellationToken ct) => entry.Entity switch
    {
        Document d => SearchEntries.For(d),
        Person p => SearchEntries.For(p),
        Mechanism m => SearchEntries.For(m),
        Meeting m => await SearchEntries.ForAsync(m, db, ct),
        _ => throw new InvalidOperationException($"{entry.Entity.GetType().Name} is not searchable"),
    };

    private static (string Kind, string Key) KeyOf(EntityEntry entry) => entry.Entity switch
    {
        Document d => (Application.Search.SearchKinds.Document, d.Id.ToString()),
        Person p => (Application.Search.SearchKinds.Person, p.Id.ToString()),
        Mechanism m => (Application.Search.SearchKinds.Mechanism, m.Id),
        Meeting m => (Application.Search.SearchKinds.Meeting, m.Id.ToString()),
        _ => throw new InvalidOperationException($"{entry.Entity.GetType().Name} is not searchable"),
    };

    private static async Task<SearchEntry?> FindAsync(ConcordiaDbContext db, string kind, string key, CancellationToken ct) =>
        db.Set<SearchEntry>().Local.FirstOrDefault(s => s.Kind == kind && s.RecordKey == key)
        ?? await db.Set<SearchEntry>().FirstOrDefaultAsync(s => s.Kind == kind && s.RecordKey == key, ct);
}
