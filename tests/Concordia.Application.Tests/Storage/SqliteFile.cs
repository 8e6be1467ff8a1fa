using Concordia.Application.Abstractions;
using Concordia.Application.Exports;
using Concordia.Application.FollowUp;
using Concordia.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Concordia.Application.Tests.Storage;

/// <summary>
/// A real SQLite file, migrated and filled with the reference registry through the storage registration, with the
/// follow-up, finance and export services wired as the web host wires them, on a fake clock.
/// </summary>
public sealed class SqliteFile : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "concordia-app-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 15, 3, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection().AddLogging()
            .AddConcordiaStorage(StorageOptions.ForSqlite(Path.Combine(_folder, "concordia.db")))
            .AddSingleton<TimeProvider>(Clock)
            .AddConcordiaFollowUp(new FollowUpOptions { Export = new ExportOptions { BaseUrl = new Uri("https://concordia.example.org/") } });
        _services = services.BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDatabaseInitializer>().InitializeAsync();
    }

    /// <summary>Runs work in a fresh scope (its own DbContext), as one request would.</summary>
    public async Task<T> In<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services!.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> Db<T>(Func<IConcordiaDb, Task<T>> work) => In(sp => work(sp.GetRequiredService<IConcordiaDb>()));

    public async Task DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
