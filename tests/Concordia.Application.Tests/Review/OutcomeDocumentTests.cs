using Concordia.Application.Registry;
using Concordia.Application.Review;
using Concordia.Application.Tests.Ingestion;
using Concordia.Domain.Documents;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Application.Tests.Review;

public sealed class OutcomeDocumentTests
{
    private const string Reviewer = "desk.officer@mofa.example";
    private const string Payload = """{"mechanism":"mekong-japan","kind":"foreign-ministers","ordinal":16,"date":"2025-07-10","city":"Kuala Lumpur"}""";
    private const string Statement = "Joint Statement of the 16th Mekong–Japan Foreign Ministers’ Meeting";
    private const string News = "Vietnam pushes for new approaches in Mekong–Japan partnership";
    private const string Quote = "the 16th Mekong–Japan Foreign Ministers’ Meeting";

    [Theory]
    [InlineData(Statement, Quote, true)]
    [InlineData("JOINT STATEMENT OF THE 16TH MEKONG-JAPAN FOREIGN MINISTERS' MEETING", Quote, true)]
    [InlineData("Chairman’s Statement of the 16th Mekong–Japan Foreign Ministers’ Meeting", "16th Mekong–Japan Foreign Ministers’ Meeting", true)]
    [InlineData("Co-Chairs' Statement of the 16th Mekong-Japan Foreign Ministers' Meeting", Quote, true)]
    [InlineData("Tuyên bố chung Hội nghị Bộ trưởng Ngoại giao Mekong – Nhật Bản lần thứ 16", "Hội nghị Bộ trưởng Ngoại giao Mekong – Nhật Bản lần thứ 16", true)]
    [InlineData("Tuyen bo chung Hoi nghi Bo truong Ngoai giao Mekong - Nhat Ban lan thu 16", "Hội nghị Bộ trưởng Ngoại giao Mekong – Nhật Bản lần thứ 16", true)]
    [InlineData(Statement, "the 15th Mekong–Japan Foreign Ministers’ Meeting", false)]
    [InlineData("Joint Statement of the 160th Mekong–Japan Foreign Ministers’ Meeting", "16", false)]
    [InlineData("Ministers welcome the joint statement of the 16th Mekong–Japan Foreign Ministers’ Meeting", Quote, false)]
    [InlineData(News, "Mekong–Japan", false)]
    [InlineData(null, Quote, false)]
    public void IsStatementOf_Title_TellsTheMeetingsOwnStatement(string? title, string quote, bool expected) =>
        Assert.Equal(expected, OutcomeStatements.IsStatementOf(title, quote));

    private static Task<Guid> MeetingFactAsync(SqliteHost host, string title) =>
        host.DbAsync(async db =>
        {
            var text = $"{title}\nKuala Lumpur, 10 July 2025 — Ministers met. {Guid.NewGuid()}";
            var document = Document.Create(text, "en", "https://mofa.example/" + Guid.NewGuid(), PartialDate.OfDay(2025, 7, 10), title).Value;
            var at = text.IndexOf(Quote, StringComparison.Ordinal);
            var fact = Fact.Create(document.Id, FactKind.Meeting, Payload, at < 0 ? new Span(0, 10) : new Span(at, Quote.Length), ["test.rule"], 0.9).Value;
            db.Documents.Add(document);
            db.Facts.Add(fact);
            await db.SaveChangesAsync();
            return fact.Id;
        });

    private static async Task<(Guid Meeting, List<MeetingDocument> Documents)> AcceptAsync(SqliteHost host, Guid fact, bool? outcome)
    {
        var accepted = await host.InScopeAsync(sp => sp.GetRequiredService<ReviewService>().AcceptAsync(fact, new Decision(Reviewer, null, outcome)));
        Assert.True(accepted.IsSuccess, accepted.Error?.Message);
        var meeting = accepted.Value.RecordId!.Value;
        var documents = await host.DbAsync(db => new MeetingDocumentService(db).ListAsync(meeting, CancellationToken.None));
        return (meeting, documents.Value.ToList());
    }

    [Theory]
    [InlineData(Statement, null, DocumentRole.Outcome)]
    [InlineData(Statement, false, DocumentRole.Report)]
    [InlineData(News, null, DocumentRole.Report)]
    [InlineData(News, true, DocumentRole.Outcome)]
    public async Task Accept_MeetingFact_DocumentRoleFromTitleUnlessTheReviewerSays(string title, bool? outcome, DocumentRole expected)
    {
        await using var host = await SqliteHost.StartAsync();
        var fact = await MeetingFactAsync(host, title);

        var (_, documents) = await AcceptAsync(host, fact, outcome);

        var document = Assert.Single(documents);
        Assert.Equal((expected, 1), (document.Role, document.Passages));
    }

    [Fact]
    public async Task Accept_StatementAndNewsOfOneMeeting_OutcomeListedFirstThenReport()
    {
        await using var host = await SqliteHost.StartAsync();
        var news = await MeetingFactAsync(host, News);
        var statement = await MeetingFactAsync(host, Statement);

        await AcceptAsync(host, news, null);
        var (_, documents) = await AcceptAsync(host, statement, null);

        Assert.Equal([(Statement, DocumentRole.Outcome), (News, DocumentRole.Report)], documents.Select(d => (d.Title!, d.Role)));
    }

    [Fact]
    public async Task MarkOutcome_Twice_OneLinkThenUnmarkLeavesAReport()
    {
        await using var host = await SqliteHost.StartAsync();
        var (meeting, documents) = await AcceptAsync(host, await MeetingFactAsync(host, News), null);
        var document = documents.Single().DocumentId;

        var first = await host.DbAsync(db => new MeetingDocumentService(db).MarkOutcomeAsync(meeting, document, CancellationToken.None));
        var second = await host.DbAsync(db => new MeetingDocumentService(db).MarkOutcomeAsync(meeting, document, CancellationToken.None));
        var links = await host.DbAsync(db => db.MeetingOutcomes.CountAsync(o => o.MeetingId == meeting));
        var removed = await host.DbAsync(db => new MeetingDocumentService(db).UnmarkOutcomeAsync(meeting, document, CancellationToken.None));
        var after = await host.DbAsync(db => new MeetingDocumentService(db).ListAsync(meeting, CancellationToken.None));

        Assert.Equal((DocumentRole.Outcome, DocumentRole.Outcome, 1), (first.Value.Role, second.Value.Role, links));
        Assert.True(removed.IsSuccess);
        Assert.Equal(DocumentRole.Report, Assert.Single(after.Value).Role);
    }

    [Fact]
    public async Task MarkOutcome_UnknownMeetingOrDocument_IsNotFound()
    {
        await using var host = await SqliteHost.StartAsync();
        var (meeting, _) = await AcceptAsync(host, await MeetingFactAsync(host, News), null);

        var noMeeting = await host.DbAsync(db => new MeetingDocumentService(db).MarkOutcomeAsync(Guid.NewGuid(), Guid.NewGuid(), CancellationToken.None));
        var noDocument = await host.DbAsync(db => new MeetingDocumentService(db).MarkOutcomeAsync(meeting, Guid.NewGuid(), CancellationToken.None));
        var notLinked = await host.DbAsync(db => new MeetingDocumentService(db).UnmarkOutcomeAsync(meeting, Guid.NewGuid(), CancellationToken.None));

        Assert.Equal(["meeting.not-found", "document.not-found", "meeting-outcome.not-found"],
            new[] { noMeeting.Error!.Code, noDocument.Error!.Code, notLinked.Error!.Code });
    }
}
