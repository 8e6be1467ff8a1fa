using Concordia.Application.Abstractions;
using Concordia.Application.Exports;
using Concordia.Application.FollowUp;
using Concordia.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Concordia.Application.Tests.Storage;

/// <summary>
/// A real, migrated database holding the reference registry, made through the storage registration: a temporary
/// SQLite file, or a fresh database on the PostgreSQL server named by CONCORDIA_TEST_POSTGRES (tests skip without
/// one). The follow-up, finance and export services are wired as the hosts wire them, on a fake clock.
/// </summary>
public sealed class TestStore(DatabaseProvider provider) : IAsyncLifetime
{
    public const string PostgresVariable = "CONCORDIA_TEST_POSTGRES";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "concordia-app-tests", Guid.NewGuid().ToString("N"));
    private readonly string _database = "concordia_app_" + Guid.NewGuid().ToString("N");
    private string? _server;
    private ServiceProvider? _services;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 15, 3, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        var storage = await CreateAsync();
        if (storage is null) return;
        _services = new ServiceCollection().AddLogging()
            .AddConcordiaStorage(storage)
            .AddSingleton<TimeProvider>(Clock)
            .AddConcordiaFollowUp(new FollowUpOptions { Export = new ExportOptions { BaseUrl = new Uri("https://concordia.example.org/") } })
            .BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDatabaseInitializer>().InitializeAsync();
    }

    /// <summary>Runs work in a fresh scope (its own DbContext), as one request would; skips the test without a server.</summary>
    public async Task<T> In<T>(Func<IServiceProvider, Task<T>> work)
    {
        Skip.If(_services is null, $"{PostgresVariable} is not set");
        await using var scope = _services!.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> Db<T>(Func<IConcordiaDb, Task<T>> work) => In(sp => work(sp.GetRequiredService<IConcordiaDb>()));

    private async Task<StorageOptions?> CreateAsync()
    {
        if (provider == DatabaseProvider.Sqlite) return StorageOptions.ForSqlite(Path.Combine(_folder, "concordia.db"));
        _server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(_server)) return null;
        await ExecuteAsync($"CREATE DATABASE \"{_database}\"");
        return StorageOptions.ForPostgres(new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        if (provider == DatabaseProvider.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
        else if (!string.IsNullOrWhiteSpace(_server))
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
