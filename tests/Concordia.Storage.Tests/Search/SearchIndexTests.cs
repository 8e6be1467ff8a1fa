using Concordia.Application.Abstractions;
using Concordia.Application.Search;
using Concordia.Domain.Documents;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Storage.Tests.Search;

/// <summary>The full-text index on each database: diacritic-insensitive both ways, ranked, and kept in step with the records.</summary>
public abstract class SearchIndexTests<TDb>(TDb database) : StorageTestBase<TDb>(database) where TDb : TestDatabase
{
    private const string Vietnamese =
        "Hội nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản lần thứ 16 do Phó Thủ tướng Bùi Thanh Sơn đồng chủ trì tại Kuala Lumpur.";

    private const string English =
        "Vietnamese Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son on July 10 called for new approaches.";

    private async Task<IReadOnlyList<SearchMatch>> MatchAsync(string query, int limit = 20)
    {
        await using var scope = Database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ISearchIndex>().MatchAsync(TextFold.Terms(query), limit);
    }

    private async Task<(Document Vi, Document En, string Marker)> SeedAsync()
    {
        // A word of this test's own, so tests sharing the class database find only their records.
        var marker = "zq" + Guid.NewGuid().ToString("N")[..10];
        var vi = Document.Create($"{Vietnamese} {marker}", "vi", "https://tin.example/" + marker, title: "Hội nghị Mekong - Nhật Bản " + marker).Value;
        var en = Document.Create($"{English} {marker}", "en", "https://news.example/" + marker).Value;
        await InScopeAsync(async db =>
        {
            db.Documents.AddRange(vi, en);
            db.People.Add(Person.Create($"Bùi Thanh Sơn {marker}", C("VN")).Value);
            await db.SaveChangesAsync();
        });
        return (vi, en, marker);
    }

    [SkippableTheory]
    [InlineData("bui thanh son")]
    [InlineData("Bùi Thanh Sơn")]
    [InlineData("BUI THANH SON")]
    public async Task Match_NameWithOrWithoutDiacritics_FindsBothSpellings(string query)
    {
        var (vi, en, marker) = await SeedAsync();

        var hits = await MatchAsync($"{query} {marker}");

        Assert.Contains(hits, h => h.Kind == SearchKinds.Document && h.RecordKey == vi.Id.ToString());
        Assert.Contains(hits, h => h.Kind == SearchKinds.Document && h.RecordKey == en.Id.ToString());
        Assert.Contains(hits, h => h.Kind == SearchKinds.Person && h.Title.StartsWith("Bùi Thanh Sơn", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("hoi nghi")]
    [InlineData("Hội nghị")]
    [InlineData("hoi ngh")]
    public async Task Match_VietnameseWordsWithoutTones_FindTheVietnameseDocumentOnly(string query)
    {
        var (vi, _, marker) = await SeedAsync();

        var hits = await MatchAsync($"{marker} {query}");

        Assert.Equal([vi.Id.ToString()], hits.Select(h => h.RecordKey));
    }

    [SkippableFact]
    public async Task Match_TitleAndBody_RanksTheTitleMatchFirst()
    {
        var (vi, en, marker) = await SeedAsync();

        var hits = await MatchAsync($"mekong {marker}");

        Assert.Equal(vi.Id.ToString(), hits[0].RecordKey);
        Assert.DoesNotContain(hits, h => h.RecordKey == en.Id.ToString());
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Rank >= p.Second.Rank));
    }

    [SkippableFact]
    public async Task Save_RenameAndDelete_KeepTheIndexInStep()
    {
        var (vi, _, marker) = await SeedAsync();
        await InScopeAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Name == $"Bùi Thanh Sơn {marker}");
            person.Update($"Kamikawa Yōko {marker}", C("JP"));
            db.Documents.Remove(await db.Documents.SingleAsync(d => d.Id == vi.Id));
            await db.SaveChangesAsync();
        });

        Assert.Single(await MatchAsync($"kamikawa yoko {marker}"));
        Assert.DoesNotContain(await MatchAsync($"son {marker}"), h => h.Kind == SearchKinds.Person || h.RecordKey == vi.Id.ToString());
    }

    [SkippableFact]
    public async Task Match_ReferenceMechanism_FoundByNameOrShortName()
    {
        Database.Require();

        var byName = await MatchAsync("mekong japan");
        var byShort = await MatchAsync("mjc");

        Assert.Contains(byName, h => h.Kind == SearchKinds.Mechanism && h.RecordKey == "mekong-japan");
        Assert.Contains(byShort, h => h.Kind == SearchKinds.Mechanism && h.RecordKey == "mekong-japan");
    }

    [SkippableFact]
    public async Task Match_QuerySyntax_IsTreatedAsWords()
    {
        var (_, en, marker) = await SeedAsync();

        var hits = await MatchAsync($"\"bui\" (son* {marker}) AND & | ! - : ^");

        Assert.Contains(hits, h => h.RecordKey == en.Id.ToString());
    }

    [SkippableTheory]
    [InlineData("ngh hoi", 0)]
    [InlineData("hoi ng", 0)]
    [InlineData("hoi ngh", 1)]
    [InlineData("hoi nghi", 1)]
    public async Task Match_PartialWord_MatchesAsPrefixOnlyWhenLastAndThreeLettersOrMore(string query, int expected)
    {
        var (_, _, marker) = await SeedAsync();

        var hits = await MatchAsync($"{marker} {query}");

        Assert.Equal(expected, hits.Count);
    }

    [SkippableFact]
    public async Task EnsureBuilt_EmptiedIndex_RefillsFromTheRecords()
    {
        var (_, en, marker) = await SeedAsync();
        await InScopeAsync(async db => await ((DbContext)db).Set<Storage.Search.SearchEntry>().ExecuteDeleteAsync());

        int added;
        await using (var scope = Database.Scope())
            added = await scope.ServiceProvider.GetRequiredService<ISearchIndex>().EnsureBuiltAsync();

        Assert.True(added > 3);
        Assert.Contains(await MatchAsync($"bui {marker}"), h => h.RecordKey == en.Id.ToString());
    }
}

public sealed class SqliteSearchIndexTests(SqliteTestDatabase db) : SearchIndexTests<SqliteTestDatabase>(db);

public sealed class PostgresSearchIndexTests(PostgresTestDatabase db) : SearchIndexTests<PostgresTestDatabase>(db);
