using Concordia.Application.Abstractions;
using Concordia.Application.Registry;
using Concordia.Web.Api.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.OpenApi;

namespace Concordia.Web.Api.Registry;

/// <summary>The registry's REST resources under /api/v1.</summary>
internal static class RegistryApi
{
    public const string Prefix = "/api/v1";

    private const string Description =
        "The Concordia registry. Lists take page (from 1) and pageSize (1-200, default 50) and answer with items, page, " +
        "pageSize, total and pageCount, plus a Link header. Records carry an ETag (their version). PUT, PATCH " +
        "(application/merge-patch+json) and DELETE honour If-Match (any of its tags may match): a stale tag gives 412. If-Match is optional; without it " +
        "a PUT or DELETE is unconditional and a PATCH expects the version it read. Errors are RFC 9457 problem documents; " +
        "validation errors (400) name each bad field under 'errors'. Dates are ISO 8601 prefixes: 2025, 2025-07, 2025-07-10.";

    public static IServiceCollection AddRegistryApi(this IServiceCollection services)
    {
        services.AddRegistry();
        services.AddHttpContextAccessor();
        services.AddExceptionHandler<BindingProblems>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Replace(ServiceDescriptor.Scoped<IAuditActor, RequestActor>());
        services.Configure<OpenApiOptions>("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Concordia API";
            document.Info.Description = Description;
            return Task.CompletedTask;
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapRegistryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix);
        api.MapMechanisms();
        api.MapMemberships();
        api.MapMeetings();
        api.MapPeople();
        api.MapStrategies();
        api.MapCommitments();
        api.MapFunds();
        api.MapContributions();
        api.MapFlows();
        api.MapDocuments();
        api.MapVocabularies();
        return app;
    }
}
