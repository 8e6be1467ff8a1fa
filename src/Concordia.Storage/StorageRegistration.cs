using Concordia.Application.Abstractions;
using Concordia.Application.ReferenceData;
using Concordia.Application.Search;
using Concordia.Storage.Postgres;
using Concordia.Storage.Search;
using Concordia.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Concordia.Storage;

public static class StorageRegistration
{
    private static readonly SearchIndexInterceptor SearchInterceptor = new();

    /// <summary>
    /// Registers the registry store for <paramref name="options"/>: the provider's DbContext (scoped), exposed as
    /// <see cref="IConcordiaDb"/> and <see cref="ConcordiaDbContext"/>, the <see cref="ReferenceDataLoader"/>, and an
    /// <see cref="IDatabaseInitializer"/> that migrates and seeds. Call <c>InitializeAsync</c> once at start-up.
    /// </summary>
    public static IServiceCollection AddConcordiaStorage(this IServiceCollection services, StorageOptions options)
    {
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IAuditActor, SystemActor>();
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContext<SqliteConcordiaDbContext>(b => Configure(b, options));
            services.AddScoped<ConcordiaDbContext>(sp => sp.GetRequiredService<SqliteConcordiaDbContext>());
        }
        else
        {
            services.AddDbContext<PostgresConcordiaDbContext>(b => Configure(b, options));
            services.AddScoped<ConcordiaDbContext>(sp => sp.GetRequiredService<PostgresConcordiaDbContext>());
        }

        services.AddScoped<IConcordiaDb>(sp => sp.GetRequiredService<ConcordiaDbContext>());
        services.AddScoped<ISearchIndex>(sp => options.Provider == DatabaseProvider.Sqlite
            ? new SqliteSearchIndex(sp.GetRequiredService<ConcordiaDbContext>())
            : new PostgresSearchIndex(sp.GetRequiredService<ConcordiaDbContext>()));
        services.AddScoped<ReferenceDataLoader>();
        services.AddScoped<IDatabaseInitializer, DatabaseInitializer>();
        return services;
    }

    /// <summary>Applies the provider to a DbContext options builder; also used by the design-time factories.</summary>
    public static DbContextOptionsBuilder<T> Configure<T>(DbContextOptionsBuilder<T> builder, StorageOptions options) where T : DbContext
    {
        Configure((DbContextOptionsBuilder)builder, options);
        return builder;
    }

    private static void Configure(DbContextOptionsBuilder builder, StorageOptions options)
    {
        builder.AddInterceptors(SearchInterceptor);
        // Records load a few small owned collections at once (members and chairs); one query is the cheaper plan.
        builder.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.MultipleCollectionIncludeWarning));
        if (options.Provider == DatabaseProvider.Sqlite)
            builder.UseSqlite(options.ConnectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory"));
        else
            builder.UseNpgsql(options.ConnectionString);
    }
}
