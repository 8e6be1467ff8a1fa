using Concordia.Domain.Documents;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Storage.Tests;

public abstract class DocumentStorageTests<TDb>(TDb database) : StorageTestBase<TDb>(database) where TDb : TestDatabase
{
    private const string Text =
        "Vietnamese Deputy Prime Minister and Minister of Foreign Affairs Bùi Thanh Sơn on July 10 called for the Mekong–Japan cooperation framework to adopt new thinking.";

    [SkippableFact]
    public async Task Document_WithVietnameseText_RoundTripsTextAndHash()
    {
        var doc = NewDocument(Text + " " + Guid.NewGuid());
        await SaveAsync(doc);

        var read = await InScopeAsync(db => db.Documents.SingleAsync(d => d.ContentHash == doc.ContentHash));

        Assert.Equal((doc.Text, "en", "2025-07-11"), (read.Text, read.Language, read.Published.ToString()!));
    }

    [SkippableFact]
    public async Task Document_SameTextTwice_RefusedByTheDatabase()
    {
        var text = Text + " " + Guid.NewGuid();
        await SaveAsync(NewDocument(text));

        await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(NewDocument(text)));
    }

    [SkippableFact]
    public async Task Fact_ReviewedTwice_KeepsSpanRulesAndDecisions()
    {
        var doc = NewDocument(Text + " " + Guid.NewGuid());
        var fact = Fact.Create(doc.Id, FactKind.Person, """{"name":"Bùi Thanh Sơn","country":"VN"}""", new Span(Text.IndexOf("Bùi", StringComparison.Ordinal), 13),
            ["en.person.title-name", "lexicon.vn.officials"], 0.82).Value;
        var at = new DateTimeOffset(2025, 7, 12, 16, 30, 0, TimeSpan.FromHours(7));
        fact.Edit("""{"name":"Bùi Thanh Sơn","country":"VN","roles":["Deputy Prime Minister"]}""", "reviewer@example.org", at);
        fact.Accept("reviewer@example.org", at.AddMinutes(2), Guid.CreateVersion7());
        await InScopeAsync(async db =>
        {
            db.Documents.Add(doc);
            db.Facts.Add(fact);
            await db.SaveChangesAsync();
        });

        var read = await InScopeAsync(db => db.Facts.SingleAsync(f => f.Id == fact.Id));

        Assert.Equal((new Span(Text.IndexOf("Bùi", StringComparison.Ordinal), 13), ReviewState.Accepted, 0.82), (read.Span, read.State, read.Confidence));
        Assert.Equal(["en.person.title-name", "lexicon.vn.officials"], read.RuleIds);
        Assert.Equal([ReviewAction.Edit, ReviewAction.Accept], read.Decisions.Select(d => d.Action));
        Assert.Equal(at.AddMinutes(2), read.Decisions[1].At);
        Assert.Equal("Bùi Thanh Sơn", doc.Quote(read.Span).Value);
    }

    [SkippableFact]
    public async Task Facts_PendingQueue_ListsOnlyPendingOnes()
    {
        var doc = NewDocument(Text + " " + Guid.NewGuid());
        var pending = NewFact(doc.Id);
        var rejected = NewFact(doc.Id);
        rejected.Reject("reviewer", DateTimeOffset.UtcNow, "not a person");
        await InScopeAsync(async db =>
        {
            db.Documents.Add(doc);
            db.Facts.AddRange(pending, rejected);
            await db.SaveChangesAsync();
        });

        var queue = await InScopeAsync(db => db.Facts.Where(f => f.DocumentId == doc.Id && f.State == ReviewState.Pending).Select(f => f.Id).ToListAsync());

        Assert.Equal([pending.Id], queue);
    }

    private static Document NewDocument(string text) => Document.Create(text, "en", "seeds/000.txt", D("2025-07-11")).Value;

    private static Fact NewFact(Guid documentId) =>
        Fact.Create(documentId, FactKind.Person, """{"name":"x"}""", new Span(0, 4), ["r"], 0.5).Value;

    private Task SaveAsync(Document doc) => InScopeAsync(async db =>
    {
        db.Documents.Add(doc);
        await db.SaveChangesAsync();
    });
}

public sealed class SqliteDocumentStorageTests(SqliteTestDatabase db) : DocumentStorageTests<SqliteTestDatabase>(db);

public sealed class PostgresDocumentStorageTests(PostgresTestDatabase db) : DocumentStorageTests<PostgresTestDatabase>(db);
