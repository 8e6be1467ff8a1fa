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
        var options = StorageOptions.From(null, null);

        Assert.Equal((DatabaseProvider.Sqlite, Path.GetFullPath("concordia.db")), (options.Provider, options.SqlitePath!));
    }

    [Fact]
    public void From_RelativeSqlitePath_IsMadeAbsolute()
    {
        var options = StorageOptions.From("registry.db", null);

        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "registry.db"), options.SqlitePath);
        Assert.Contains("Foreign Keys=True", options.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void From_ConnectionString_ChoosesPostgres()
    {
        var options = StorageOptions.From(null, "Host=db.internal;Database=concordia;Username=app;Password=secret");

        Assert.Equal(DatabaseProvider.PostgreSql, options.Provider);
        Assert.Null(options.SqlitePath);
    }

    [Fact]
    public void From_BothGiven_PostgresOverridesTheFile() =>
        Assert.Equal(DatabaseProvider.PostgreSql, StorageOptions.From("a.db", "Host=x").Provider);

    [Fact]
    public void Describe_Postgres_LeavesOutCredentials()
    {
        var text = StorageOptions.ForPostgres("Host=db.internal;Port=5432;Database=concordia;Username=app;Password=secret").Describe();

        Assert.Equal("PostgreSQL Host=db.internal;Port=5432;Database=concordia", text);
    }
}
