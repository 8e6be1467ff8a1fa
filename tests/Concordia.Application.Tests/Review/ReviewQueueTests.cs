using Concordia.Application.Review;
using Concordia.Application.Tests.Ingestion;
using Concordia.Domain.Documents;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Application.Tests.Review;

public sealed class ReviewQueueTests
{
    private static Task<ReviewQueuePage> PendingAsync(SqliteHost host, int maxDocuments) =>
        host.InScopeAsync(sp => sp.GetRequiredService<ReviewQueue>().PendingAsync(maxDocuments));

    /// <summary>Stores <paramref name="documents"/> documents with <paramref name="factsEach"/> pending facts each, in one save.</summary>
    private static Task<List<Guid>> SeedAsync(SqliteHost host, int documents, int factsEach) => host.DbAsync(async db =>
    {
        var facts = new List<Guid>();
        for (var i = 0; i < documents; i++)
        {
            var document = Document.Create($"Bulletin {i}: the ministers met in Hanoi. {Guid.NewGuid()}", "en", $"https://news.example/{i}").Value;
            db.Documents.Add(document);
            for (var k = 0; k < factsEach; k++)
            {
                var fact = Fact.Create(document.Id, FactKind.Amount, """{"value":1,"currency":"USD"}""", new Span(k, 5), ["test.rule"], 0.5).Value;
                db.Facts.Add(fact);
                facts.Add(fact.Id);
            }
        }

        await db.SaveChangesAsync();
        return facts;
    });

    [Fact]
    public async Task Pending_ThreeDocuments_CountsAllAndShowsTheFirstWithTheirFacts()
    {
        await using var host = await SqliteHost.StartAsync();
        await SeedAsync(host, documents: 3, factsEach: 2);

        var page = await PendingAsync(host, maxDocuments: 2);

        Assert.Equal((6, 3), (page.PendingFacts, page.PendingDocuments));
        Assert.False(page.MoreFactsThanCounted || page.MoreDocumentsThanCounted);
        Assert.Equal(2, page.Documents.Count);
        Assert.All(page.Documents, d => Assert.Equal(2, d.Facts.Count));
    }

    [Fact]
    public async Task Pending_DocumentWhoseFactsAreAllReviewed_LeavesTheQueue()
    {
        await using var host = await SqliteHost.StartAsync();
        var facts = await SeedAsync(host, documents: 2, factsEach: 1);
        foreach (var id in facts.Take(1))
            await host.InScopeAsync(sp => sp.GetRequiredService<ReviewService>().RejectAsync(id, "reviewer@example.org"));

        var page = await PendingAsync(host, maxDocuments: 10);

        Assert.Equal((1, 1), (page.PendingFacts, page.PendingDocuments));
        Assert.Equal(facts[1], Assert.Single(Assert.Single(page.Documents).Facts).Id);
    }

    [Fact]
    public async Task Pending_MoreDocumentsThanTheCountLimit_SaysSoInsteadOfCountingThemAll()
    {
        await using var host = await SqliteHost.StartAsync();
        await SeedAsync(host, documents: ReviewQueue.DocumentCountLimit + 5, factsEach: 1);

        var page = await PendingAsync(host, maxDocuments: 10);

        Assert.True(page.MoreDocumentsThanCounted);
        Assert.Equal(ReviewQueue.DocumentCountLimit + 1, page.PendingDocuments);
        Assert.Equal(ReviewQueue.DocumentCountLimit + 5, page.PendingFacts);
        Assert.Equal(10, page.Documents.Count);
        Assert.Equal(10, await host.DbAsync(async db => await db.Facts.CountAsync(f => page.Documents.Select(d => d.Id).Contains(f.DocumentId))));
    }
}
