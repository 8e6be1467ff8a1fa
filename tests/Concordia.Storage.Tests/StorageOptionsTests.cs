using Concordia.Application.Abstractions;

namespace Concordia.Storage.Tests;

public class SqliteFileTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public void Initialize_PathInMissingFolder_CreatesTheFile()
    {
        Assert.True(File.Exists(database.FilePath));
        Assert.True(new FileInfo(database.FilePath).Length > 0);
    }
}

public class StorageOptionsTests
{
    [Fact]
    public void From_NothingGiven_UsesTheDefaultSqliteFile()
    {
        var options = StorageOptions.From(null, null).Value;

        Assert.Equal((DatabaseProvider.Sqlite, StorageOptions.DefaultSqlitePath), (options.Provider, options.SqlitePath!));
    }

    [Fact]
    public void From_RelativeSqlitePath_IsMadeAbsolute()
    {
        var options = StorageOptions.From("registry.db", null).Value;

        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "registry.db"), options.SqlitePath);
        Assert.Contains("Foreign Keys=True", options.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void From_ConnectionString_ChoosesPostgres()
    {
        var options = StorageOptions.From(null, "Host=db.internal;Database=concordia;Username=app;Password=secret").Value;

        Assert.Equal(DatabaseProvider.PostgreSql, options.Provider);
        Assert.Null(options.SqlitePath);
    }

    [Fact]
    public void From_BothGiven_FailsNamingBothOptions() =>
        Assert.Equal(["db", "postgres"], StorageOptions.From("a.db", "Host=x").Errors.Select(e => e.Field));

    [Fact]
    public void Describe_Postgres_LeavesOutCredentials()
    {
        var text = StorageOptions.ForPostgres("Host=db.internal;Port=5432;Database=concordia;Username=app;Password=secret").Describe();

        Assert.Equal("PostgreSQL Host=db.internal;Port=5432;Database=concordia", text);
    }
}
