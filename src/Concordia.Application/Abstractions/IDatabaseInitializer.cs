namespace Concordia.Application.Abstractions;

/// <summary>Brings the configured database to the current schema and fills the reference registry.</summary>
public interface IDatabaseInitializer
{
    /// <summary>Applies pending migrations (creating the database or SQLite file if missing) and loads reference data.</summary>
    Task<DatabaseReport> InitializeAsync(CancellationToken cancellationToken = default);
}

/// <summary>What initialisation did: migrations applied and reference rows written.</summary>
public sealed record DatabaseReport(DatabaseProvider Provider, IReadOnlyList<string> AppliedMigrations, ReferenceData.ReferenceLoadReport Reference);
