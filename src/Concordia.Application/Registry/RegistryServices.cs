using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Application.Registry;

public static class RegistryServices
{
    /// <summary>Registers the registry's use cases, one scoped service per resource; they need an <see cref="Abstractions.IConcordiaDb"/>.</summary>
    public static IServiceCollection AddRegistry(this IServiceCollection services) =>
        services
            .AddScoped<MechanismService>()
            .AddScoped<MembershipService>()
            .AddScoped<MeetingService>()
            .AddScoped<PersonService>()
            .AddScoped<StrategyService>()
            .AddScoped<CommitmentService>()
            .AddScoped<FundService>()
            .AddScoped<ContributionService>()
            .AddScoped<FlowService>()
            .AddScoped<DocumentService>()
            .AddScoped<MeetingDocumentService>()
            .AddScoped<VocabularyService>();
}
