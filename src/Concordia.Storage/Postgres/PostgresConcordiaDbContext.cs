using Concordia.Application.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Concordia.Storage.Postgres;

/// <summary>The registry on a PostgreSQL server; migrations in Postgres/Migrations.</summary>
public sealed class PostgresConcordiaDbContext(
    DbContextOptions<PostgresConcordiaDbContext> options, IAuditActor? actor = null, TimeProvider? clock = null) : ConcordiaDbContext(options, actor, clock)
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

/// <summary>Lets `dotnet ef migrations add X --context PostgresConcordiaDbContext` build the model without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresConcordiaDbContext>
{
    public PostgresConcordiaDbContext CreateDbContext(string[] args) =>
        new(StorageRegistration.Configure(new DbContextOptionsBuilder<PostgresConcordiaDbContext>(),
            StorageOptions.ForPostgres("Host=localhost;Database=concordia_design")).Options);
}
