using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Application.Portal;

public static class PortalRegistration
{
    /// <summary>The portal's read models, one per page, scoped like the database they read.</summary>
    public static IServiceCollection AddPortalQueries(this IServiceCollection services) =>
        services.AddSingleton<PortalVocabulary>()
            .AddSingleton<HomeSnapshot>()
            .AddScoped<HomeQueries>()
            .AddScoped<MechanismQueries>()
            .AddScoped<MeetingQueries>()
            .AddScoped<PersonQueries>()
            .AddScoped<CommitmentQueries>()
            .AddScoped<DocumentQueries>()
            .AddScoped<FinanceQueries>();
}
