using Concordia.Application.Abstractions;
using Concordia.Application.Ingestion;
using Concordia.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Concordia.Application.Tests.Ingestion;

/// <summary>A real, migrated SQLite file with the ingestion and review services, thrown away afterwards.</summary>
public sealed class SqliteHost : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("concordia-app-").FullName;
    private readonly ServiceProvider _services;

    private SqliteHost()
    {
        _services = new ServiceCollection().AddLogging()
            .AddSingleton<TimeProvider>(Clock)
            .AddConcordiaStorage(StorageOptions.ForSqlite(Path.Combine(_folder, "concordia.db")))
            .AddConcordiaIngestion()
            .BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 8, 1, 9, 30, 0, TimeSpan.Zero));

    public static async Task<SqliteHost> StartAsync()
    {
        var host = new SqliteHost();
        await using var scope = host.Scope();
        await scope.ServiceProvider.GetRequiredService<IDatabaseInitializer>().InitializeAsync();
        return host;
    }

    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Scope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> DbAsync<T>(Func<IConcordiaDb, Task<T>> work) => InScopeAsync(sp => work(sp.GetRequiredService<IConcordiaDb>()));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
