using Concordia.Application.Search;
using Concordia.Domain.Documents;
using Concordia.Storage.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Storage.Tests.Search;

/// <summary>
/// SQLite ranks a query with a common term in tiers (title matches, then text matches, newest first) instead of by
/// bm25, whose cost grows with how common each term is. A limit of 0 records per term forces the tiers here.
/// </summary>
public sealed class SqliteSearchRankingTests(SqliteTestDatabase database) : StorageTestBase<SqliteTestDatabase>(database)
{
    private async Task<IReadOnlyList<SearchMatch>> MatchAsync(string query, int rankedTermLimit, int limit = 20)
    {
        await using var scope = Database.Scope();
        var index = new SqliteSearchIndex(scope.ServiceProvider.GetRequiredService<ConcordiaDbContext>(), rankedTermLimit);
        return await index.MatchAsync(TextFold.Terms(query), limit);
    }

    private async Task<IReadOnlyList<Document>> SeedAsync(string marker, params (string Title, string Text)[] documents)
    {
        var created = documents.Select((d, i) =>
            Document.Create($"{d.Text} {marker}", "en", $"https://news.example/{marker}/{i}", title: d.Title).Value).ToList();
        foreach (var d in created)
            await InScopeAsync(async db =>
            {
                db.Documents.Add(d);
                await db.SaveChangesAsync();
            });
        return created;
    }

    private static string NewMarker() => "zq" + Guid.NewGuid().ToString("N")[..10];

    [SkippableFact]
    public async Task Match_CommonTerms_RanksTitleMatchesFirstThenTextMatchesNewestFirst()
    {
        var marker = NewMarker();
        var docs = await SeedAsync(marker,
            ("Older report", "Water resources were discussed."),
            ("Water resources statement " + marker, "The ministers met."),
            ("Newer report", "Water resources again."));

        var hits = await MatchAsync($"water resources {marker}", rankedTermLimit: 0);

        Assert.Equal([docs[1].Id, docs[2].Id, docs[0].Id], hits.Select(h => Guid.Parse(h.RecordKey)));
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Rank > p.Second.Rank));
    }

    [SkippableFact]
    public async Task Match_CommonTermsBeyondTheLimit_ReturnsOnlyTheNewestUpToTheLimit()
    {
        var marker = NewMarker();
        var docs = await SeedAsync(marker,
            ("One", "Connectivity first."), ("Two", "Connectivity second."), ("Three", "Connectivity third."));

        var hits = await MatchAsync($"connectivity {marker}", rankedTermLimit: 0, limit: 2);

        Assert.Equal([docs[2].Id, docs[1].Id], hits.Select(h => Guid.Parse(h.RecordKey)));
    }

    [SkippableFact]
    public async Task Match_SelectiveTerms_RanksByBm25WithTheTitleWeighted()
    {
        var marker = NewMarker();
        var docs = await SeedAsync(marker,
            ("Plain title", "Irrigation is mentioned once."),
            ("Irrigation cooperation", "Nothing else."));

        var hits = await MatchAsync($"irrigation {marker}", rankedTermLimit: 5_000);

        Assert.Equal([docs[1].Id, docs[0].Id], hits.Select(h => Guid.Parse(h.RecordKey)));
        Assert.All(hits, h => Assert.True(h.Rank < SqliteSearchIndex.TextTier));
    }

    [SkippableTheory]
    [InlineData(1, 1)]
    [InlineData(5, 2)]
    public async Task Match_LastWord_IsAPrefixOnlyWhenAsTypedItFindsTooFew(int limit, int expected)
    {
        var marker = NewMarker();
        var docs = await SeedAsync(marker, ("One", "Hydropower dams."), ("Two", "Hydropowers of the region."));

        var hits = await MatchAsync($"{marker} hydropower", rankedTermLimit: 5_000, limit: limit);

        Assert.Equal(expected, hits.Count);
        Assert.Contains(hits, h => h.RecordKey == docs[0].Id.ToString());
    }
}
