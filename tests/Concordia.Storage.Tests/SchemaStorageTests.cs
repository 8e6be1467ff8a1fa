using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Storage.Tests;

public abstract class SchemaStorageTests<TDb>(TDb database) : StorageTestBase<TDb>(database) where TDb : TestDatabase
{
    /// <summary>Fails when the model changed without a new migration for this database.</summary>
    [SkippableFact]
    public async Task Migrations_OfThisProvider_MatchTheModel()
    {
        await using var scope = Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ConcordiaDbContext>();

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [SkippableFact]
    public async Task Migrations_BelongToThisProviderOnly()
    {
        await using var scope = Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ConcordiaDbContext>();
        var expected = db is Sqlite.SqliteConcordiaDbContext ? "Sqlite" : "Postgres";

        var migrations = db.GetService<IMigrationsAssembly>().Migrations;

        Assert.NotEmpty(migrations);
        Assert.All(migrations.Values, t => Assert.Equal($"Concordia.Storage.{expected}.Migrations", t.Namespace));
    }
}

public sealed class SqliteSchemaStorageTests(SqliteTestDatabase db) : SchemaStorageTests<SqliteTestDatabase>(db);

public sealed class PostgresSchemaStorageTests(PostgresTestDatabase db) : SchemaStorageTests<PostgresTestDatabase>(db);
