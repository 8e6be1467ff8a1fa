using Concordia.Application.Abstractions;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Storage.Tests;

/// <summary>Shared helpers; every test class derives once per database from a provider-neutral abstract class.</summary>
public abstract class StorageTestBase<TDb>(TDb database) : IClassFixture<TDb> where TDb : TestDatabase
{
    protected TDb Database { get; } = database;

    /// <summary>Runs <paramref name="work"/> in a fresh unit of work, so reads come from the database, not a cache.</summary>
    protected async Task<T> InScopeAsync<T>(Func<IConcordiaDb, Task<T>> work)
    {
        await using var scope = Database.Scope();
        return await work(scope.ServiceProvider.GetRequiredService<IConcordiaDb>());
    }

    protected Task InScopeAsync(Func<IConcordiaDb, Task> work) => InScopeAsync(async db =>
    {
        await work(db);
        return true;
    });

    /// <summary>A mechanism of this test's own, so tests sharing the class database do not collide.</summary>
    protected async Task<string> NewMechanismAsync()
    {
        var id = "test-" + Guid.NewGuid().ToString("N")[..12];
        await InScopeAsync(async db =>
        {
            db.Mechanisms.Add(Mechanism.Create(id, "Test Cooperation " + id, "TC").Value);
            await db.SaveChangesAsync();
        });
        return id;
    }

    protected static PartialDate D(string iso) => PartialDate.Parse(iso).Value;

    protected static CountryCode C(string code) => CountryCode.Of(code);
}
