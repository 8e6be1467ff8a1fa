using Concordia.Application.Abstractions;
using Concordia.Storage;
using Concordia.Web.Api.Registry;

namespace Concordia.Web;

/// <summary>Services and endpoint groups of each feature, in one list so the composition root stays short.</summary>
internal static class ServiceRegistration
{
    public static IServiceCollection AddConcordiaServices(this IServiceCollection services, ConcordiaHostOptions options)
    {
        services.AddConcordiaStorage(options.PostgresConnectionString is { } postgres
            ? StorageOptions.ForPostgres(postgres)
            : StorageOptions.ForSqlite(options.SqlitePath));
        services.AddRegistryApi();
        return services;
    }

    /// <summary>Creates or migrates the database and loads the reference registry, before the first request.</summary>
    public static async Task InitializeConcordiaAsync(this IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDatabaseInitializer>().InitializeAsync(ct);
    }

    public static IEndpointRouteBuilder MapConcordiaApi(this IEndpointRouteBuilder app)
    {
        app.MapRegistryApi();
        return app;
    }
}
