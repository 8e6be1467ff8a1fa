using Concordia.Web.Api.Registry;

namespace Concordia.Web;

/// <summary>Services and endpoint groups of each feature, in one list so the composition root stays short.</summary>
internal static class ServiceRegistration
{
    public static IServiceCollection AddConcordiaServices(this IServiceCollection services, ConcordiaHostOptions options)
    {
        services.AddRegistryApi();
        return services;
    }

    public static Task InitializeConcordiaAsync(this IServiceProvider services, CancellationToken ct) => Task.CompletedTask;

    public static IEndpointRouteBuilder MapConcordiaApi(this IEndpointRouteBuilder app)
    {
        app.MapRegistryApi();
        return app;
    }
}
