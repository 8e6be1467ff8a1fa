using Concordia.Application.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Concordia.Storage.Sqlite;

/// <summary>The registry on a SQLite file; migrations in Sqlite/Migrations.</summary>
public sealed class SqliteConcordiaDbContext(
    DbContextOptions<SqliteConcordiaDbContext> options, IAuditActor? actor = null, TimeProvider? clock = null) : ConcordiaDbContext(options, actor, clock)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>
    /// SQLite has no timestamp type and EF cannot order or compare DateTimeOffset text there; stored as UTC ticks
    /// (all times are UTC in the domain), they sort and compare as numbers.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ConfigureValueTypes(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>Lets `dotnet ef migrations add X --context SqliteConcordiaDbContext` build the model without the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteConcordiaDbContext>
{
    public SqliteConcordiaDbContext CreateDbContext(string[] args) =>
        new(StorageRegistration.Configure(new DbContextOptionsBuilder<SqliteConcordiaDbContext>(), StorageOptions.ForSqlite("design.db")).Options);
}
