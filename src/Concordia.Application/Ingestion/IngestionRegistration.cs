using Concordia.Application.Review;
using Concordia.Application.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Application.Ingestion;

public static class IngestionRegistration
{
    /// <summary>Ingestion, the sample corpus, the review queue and decisions, and search (needs storage's ports registered).</summary>
    public static IServiceCollection AddConcordiaIngestion(this IServiceCollection services)
    {
        services.AddScoped<IngestionService>();
        services.AddScoped<SampleCorpus>();
        services.AddScoped<ReviewService>();
        services.AddScoped<ReviewQueue>();
        services.AddScoped<RecordFinder>();
        services.AddScoped<SearchService>();
        return services;
    }
}
