using Concordia.Application.Abstractions;
using Concordia.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Concordia.Storage.Tests;

/// <summary>
/// A real, migrated and seeded database for one test class, thrown away afterwards: a temporary SQLite file, or a
/// fresh database on the PostgreSQL server named by CONCORDIA_TEST_POSTGRES.
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    public const string PostgresVariable = "CONCORDIA_TEST_POSTGRES";

    private ServiceProvider? _services;

    public StorageOptions? Options { get; private set; }
    public DatabaseReport? FirstRun { get; private set; }
    public string? SkipReason { get; protected set; }

    protected abstract Task<StorageOptions?> CreateAsync();
    protected abstract Task DropAsync();

    public async Task InitializeAsync()
    {
        Options = await CreateAsync();
        if (Options is null) return;
        _services = new ServiceCollection().AddLogging().AddConcordiaStorage(Options).BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        FirstRun = await scope.ServiceProvider.GetRequiredService<IDatabaseInitializer>().InitializeAsync();
    }

    /// <summary>Skips the calling test when this database is not configured (PostgreSQL without a server).</summary>
    public void Require() => Skip.If(SkipReason is not null, SkipReason);

    /// <summary>A new unit of work (its own DbContext), as one web request would get.</summary>
    public AsyncServiceScope Scope()
    {
        Require();
        return _services!.CreateAsyncScope();
    }

    /// <summary>A context made by hand, for tests that choose who acts and what time it is.</summary>
    public ConcordiaDbContext CreateContext(IAuditActor actor, TimeProvider clock)
    {
        Require();
        return Options!.Provider == DatabaseProvider.Sqlite
            ? new Sqlite.SqliteConcordiaDbContext(
                StorageRegistration.Configure(new DbContextOptionsBuilder<Sqlite.SqliteConcordiaDbContext>(), Options).Options, actor, clock)
            : new Postgres.PostgresConcordiaDbContext(
                StorageRegistration.Configure(new DbContextOptionsBuilder<Postgres.PostgresConcordiaDbContext>(), Options).Options, actor, clock);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        await DropAsync();
    }
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "concordia-tests", Guid.NewGuid().ToString("N"));

    /// <summary>A path in a folder that does not exist yet, to show first-run creation.</summary>
    public string FilePath => Path.Combine(_folder, "nested", "concordia.db");

    protected override Task<StorageOptions?> CreateAsync() => Task.FromResult<StorageOptions?>(StorageOptions.ForSqlite(FilePath));

    protected override Task DropAsync()
    {
        // Pooled connections keep the file open; release only this database's pool, other classes still use theirs.
        if (Options is not null) Microsoft.Data.Sqlite.SqliteConnection.ClearPool(new Microsoft.Data.Sqlite.SqliteConnection(Options.ConnectionString));
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _name = "concordia_test_" + Guid.NewGuid().ToString("N");
    private string? _server;

    protected override async Task<StorageOptions?> CreateAsync()
    {
        _server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(_server))
        {
            SkipReason = $"{PostgresVariable} is not set";
            return null;
        }

        await ExecuteAsync($"CREATE DATABASE \"{_name}\"");
        var builder = new NpgsqlConnectionStringBuilder(_server) { Database = _name };
        return StorageOptions.ForPostgres(builder.ConnectionString);
    }

    protected override async Task DropAsync()
    {
        if (string.IsNullOrWhiteSpace(_server)) return;
        if (Options is not null) NpgsqlConnection.ClearPool(new NpgsqlConnection(Options.ConnectionString));
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
