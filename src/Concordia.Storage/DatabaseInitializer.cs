using Concordia.Application.Abstractions;
using Concordia.Application.ReferenceData;
using Concordia.Application.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Concordia.Storage;

/// <summary>Creates the SQLite folder if needed, applies the provider's pending migrations, then loads the reference registry.</summary>
internal sealed partial class DatabaseInitializer(
    ConcordiaDbContext db, StorageOptions options, ReferenceDataLoader loader, ISearchIndex search, ILogger<DatabaseInitializer> logger) : IDatabaseInitializer
{
    public async Task<DatabaseReport> InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (options.SqlitePath is { } path && Path.GetDirectoryName(path) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        LogMigrating(options.Describe(), pending.Count);
        await db.Database.MigrateAsync(cancellationToken);

        var data = ReferenceDataSet.Embedded();
        if (!data.IsSuccess)
            throw new InvalidOperationException("The embedded reference data is invalid: " + string.Join("; ", data.Errors.Select(e => e.Message)));
        var loaded = await loader.LoadAsync(data.Value, cancellationToken);
        if (!loaded.IsSuccess)
            throw new InvalidOperationException("The reference data does not fit the domain: " + string.Join("; ", loaded.Errors.Select(e => e.Message)));
        LogReference(loaded.Value.Added, loaded.Value.Updated);
        await search.EnsureBuiltAsync(cancellationToken);
        return new DatabaseReport(db.Provider, pending, loaded.Value);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrating {Database}: {Pending} pending migration(s)")]
    private partial void LogMigrating(string database, int pending);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reference data: {Added} row(s) added, {Updated} updated")]
    private partial void LogReference(int added, int updated);
}
