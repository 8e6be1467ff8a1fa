using System.Text;
using Concordia.Application.Ingestion;
using Concordia.E2E.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.E2E.Review;

/// <summary>
/// A portal of its own (app, SQLite file and Chromium, as <see cref="PortalFixture"/> builds them) with one more
/// document ingested the way `concordia ingest` stores it, so review decisions here never change the pages that the
/// shared portal's tests count on.
/// </summary>
public sealed class IngestedPortalFixture : IAsyncLifetime
{
    public const string Title = "Mekong–Korea ministers meet in Bangkok";

    /// <summary>Written without diacritics, as English-language outlets write Vietnamese names.</summary>
    public const string Text =
        Title + "\n" +
        "Bangkok, August 2, 2019 (VNA) - Deputy Minister of Foreign Affairs Bui Thanh Son and Korean Foreign Minister Kang Kyung-wha " +
        "co-chaired the 9th Mekong–Korea Foreign Ministers' Meeting in Bangkok on August 1, 2019.\n" +
        "The ministers agreed to upgrade the Mekong–Korea partnership and pledged to expand cooperation in water resources.\n";

    public const string StatementTitle = "Joint Statement of the 10th Mekong–Korea Foreign Ministers' Meeting";

    /// <summary>A meeting's own statement: accepting its meeting fact marks it as an outcome of that meeting by default.</summary>
    public const string Statement =
        StatementTitle + "\n" +
        "Seoul, 15 September 2020 - The 10th Mekong–Korea Foreign Ministers' Meeting was held by video conference.\n" +
        "The ministers agreed to expand cooperation in water resources.\n";

    public PortalFixture Portal { get; } = new();
    public Guid DocumentId { get; private set; }
    public Guid StatementId { get; private set; }

    public async Task InitializeAsync()
    {
        await Portal.InitializeAsync();
        await using var scope = Portal.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<IngestionService>().IngestAsync("mk9.txt", Encoding.UTF8.GetBytes(Text));
        DocumentId = outcome.DocumentId ?? throw new InvalidOperationException($"the E2E document was not stored: {outcome.Error?.Message}");
        var statement = await scope.ServiceProvider.GetRequiredService<IngestionService>().IngestAsync("mk10-statement.txt", Encoding.UTF8.GetBytes(Statement));
        StatementId = statement.DocumentId ?? throw new InvalidOperationException($"the E2E statement was not stored: {statement.Error?.Message}");
    }

    public Task DisposeAsync() => Portal.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class IngestedPortalCollection : ICollectionFixture<IngestedPortalFixture>
{
    public const string Name = "Review and search in Chromium";
}
