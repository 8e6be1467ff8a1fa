using Concordia.Application.Portal;
using Concordia.Application.Tests.Ingestion;
using Concordia.Domain.Documents;
using Concordia.Domain.Values;

namespace Concordia.Application.Tests.Portal;

public sealed class DocumentQueriesTests
{
    private const string Page =
        "<!doctype html><html><body>\n<p>The ministers agreed to <b>resume</b> the Mekong&ndash;Japan Summit by the end of 2025.</p>\n" +
        "<script>window.__pwned = 1;</script>\n</body></html>";

    private static async Task<(SqliteHost Host, Guid Document, Guid Shown, Guid Hidden)> StoreAsync()
    {
        var host = await SqliteHost.StartAsync();
        var ids = await host.DbAsync(async db =>
        {
            var document = Document.Create(Page, "en", "statement.html").Value;
            var shown = Fact(document.Id, "resume</b> the Mekong&ndash;Japan Summit by the end of 2025", FactKind.Commitment);
            var hidden = Fact(document.Id, "<script>window.__pwned = 1;</script>", FactKind.Other);
            db.Documents.Add(document);
            db.Facts.AddRange(shown, hidden);
            await db.SaveChangesAsync();
            return (document.Id, shown.Id, hidden.Id);
        });
        return (host, ids.Item1, ids.Item2, ids.Item3);
    }

    private static Fact Fact(Guid document, string quote, FactKind kind) =>
        Concordia.Domain.Documents.Fact.Create(document, kind, "{}", new Span(Page.IndexOf(quote, StringComparison.Ordinal), quote.Length), ["test.rule"], 0.9).Value;

    [Fact]
    public async Task Get_HtmlDocument_MarksFactsInTheNormalisedTextAndKeepsTheOriginal()
    {
        var (host, id, shown, hidden) = await StoreAsync();
        await using var _ = host;

        var view = (await host.DbAsync(db => new DocumentQueries(db).GetAsync(id))).Value;

        Assert.Equal(Page, view.Original);
        Assert.StartsWith("The ministers agreed to resume the Mekong–Japan Summit by the end of 2025.", view.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", view.Text, StringComparison.Ordinal);
        Assert.Equal("resume the Mekong–Japan Summit by the end of 2025", Assert.Single(view.Segments, s => s.FactIds.Count > 0).Text);
        Assert.Equal(shown, Assert.Single(view.Segments, s => s.FactIds.Count > 0).FactIds.Single());
        Assert.Null(view.Facts.Single(f => f.Id == hidden).Shown);
        Assert.Equal(view.Text, string.Concat(view.Segments.Select(s => s.Text)));
    }

    [Fact]
    public async Task Get_FactQuote_IsTheOriginalPassage()
    {
        var (host, id, _, hidden) = await StoreAsync();
        await using var __ = host;

        var view = (await host.DbAsync(db => new DocumentQueries(db).GetAsync(id))).Value;

        Assert.Equal("<script>window.__pwned = 1;</script>", view.Facts.Single(f => f.Id == hidden).Quote);
    }

    [Fact]
    public async Task Get_UnknownDocument_IsNotFound()
    {
        await using var host = await SqliteHost.StartAsync();

        var found = await host.DbAsync(db => new DocumentQueries(db).GetAsync(Guid.NewGuid()));

        Assert.Equal("document.not-found", found.Error!.Code);
    }
}
