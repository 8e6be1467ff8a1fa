using Concordia.Application.Abstractions;
using Concordia.Application.FollowUp;
using Concordia.Application.Ingestion;
using Concordia.Storage;
using Concordia.Web.Api.Exports;
using Concordia.Web.Api.FollowUp;
using Concordia.Web.Api.Review;
using Concordia.Web.Api.Registry;
using Concordia.Web.Pages;

namespace Concordia.Web;

/// <summary>Services and endpoint groups of each feature, in one list so the composition root stays short.</summary>
internal static class ServiceRegistration
{
    public static IServiceCollection AddConcordiaServices(this IServiceCollection services, ConcordiaHostOptions options, IConfiguration configuration)
    {
        services.AddConcordiaStorage(options.PostgresConnectionString is { } pg ? StorageOptions.ForPostgres(pg) : StorageOptions.ForSqlite(options.SqlitePath));
        services.AddRegistryApi();
        services.AddConcordiaPortal();
        services.AddConcordiaIngestion();
        services.AddConcordiaFollowUp(FollowUpOptions.FromConfiguration(configuration));
        return services;
    }

    /// <summary>Creates or migrates the database and loads the reference registry, before the first request.</summary>
    public static async Task InitializeConcordiaAsync(this IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDatabaseInitializer>().InitializeAsync(ct);
        if (services.GetRequiredService<ConcordiaHostOptions>().LoadSampleCorpus)
            await scope.ServiceProvider.GetRequiredService<SampleCorpus>().LoadIfNewAsync(SampleCorpus.DefaultFolder, ct);
    }

    public static IEndpointRouteBuilder MapConcordiaApi(this IEndpointRouteBuilder app)
    {
        app.MapRegistryApi();
        app.MapReviewApi();
        app.MapFollowUpApi();
        app.MapExportsApi();
        return app;
    }
}
