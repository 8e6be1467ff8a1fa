using Concordia.Application.Abstractions;
using Concordia.Application.Review;
using Concordia.Application.Tests.Ingestion;
using Concordia.Domain.Documents;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Application.Tests.Review;

public sealed class ReviewServiceTests
{
    private const string Reviewer = "desk.officer@mofa.example";

    private const string MeetingEn = """{"mechanism":"mekong-japan","kind":"foreign-ministers","ordinal":16,"date":"2025-07-10","city":"Kuala Lumpur","co_chairs":["Bui Thanh Son"],"within":{"mechanism":"asean","kind":"foreign-ministers","ordinal":58}}""";
    private const string MeetingVi = """{"mechanism":"mekong-japan","kind":"foreign-ministers","ordinal":16,"date":"2025-07-10","city":"Kuala Lumpur","co_chairs":["Bùi Thanh Sơn","Iwaya Takeshi"],"within":null}""";

    /// <summary>Stores a document with one pending fact and returns the fact's id.</summary>
    private static Task<Guid> FactAsync(SqliteHost host, FactKind kind, string payload, string text = "He made the statement while co-chairing the 16th Mekong–Japan Foreign Ministers’ Meeting.") =>
        host.DbAsync(async db =>
        {
            var document = Document.Create(text + " " + Guid.NewGuid(), "en", "https://news.example/" + Guid.NewGuid(), PartialDate.OfDay(2025, 7, 11)).Value;
            var fact = Fact.Create(document.Id, kind, payload, new Span(0, 20), ["test.rule"], 0.9).Value;
            db.Documents.Add(document);
            db.Facts.Add(fact);
            await db.SaveChangesAsync();
            return fact.Id;
        });

    private static Task<T> ReviewAsync<T>(SqliteHost host, Func<ReviewService, Task<T>> work) =>
        host.InScopeAsync(sp => work(sp.GetRequiredService<ReviewService>()));

    [Fact]
    public async Task Accept_SameMeetingFromTwoDocuments_OneMeetingWithTwoSources()
    {
        await using var host = await SqliteHost.StartAsync();
        var en = await FactAsync(host, FactKind.Meeting, MeetingEn);
        var vi = await FactAsync(host, FactKind.Meeting, MeetingVi);

        var first = await ReviewAsync(host, s => s.AcceptAsync(en, Reviewer));
        var second = await ReviewAsync(host, s => s.AcceptAsync(vi, Reviewer));

        Assert.True(first.IsSuccess && second.IsSuccess);
        Assert.Equal(first.Value.RecordId, second.Value.RecordId);
        Assert.Equal((ReviewState.Accepted, ReviewState.Merged), (first.Value.State, second.Value.State));
        var (meetings, sources, merged) = await host.DbAsync(async db => (
            await db.Meetings.AsNoTracking().Where(m => m.MechanismId == "mekong-japan").ToListAsync(),
            await db.RecordSources.AsNoTracking().Where(s => s.RecordId == first.Value.RecordId).ToListAsync(),
            await db.Facts.AsNoTracking().SingleAsync(f => f.Id == vi)));
        var meeting = Assert.Single(meetings);
        Assert.Equal(2, sources.Select(s => s.DocumentId).Distinct().Count());
        Assert.Equal(en, merged.MergedIntoFactId);
        Assert.Equal(2, meeting.CoChairIds.Count);
        Assert.NotNull(meeting.WithinMeetingId);
    }

    [Theory]
    [InlineData("Bui Thanh Son", "Bùi Thanh Sơn")]
    [InlineData("Bùi Thanh Sơn", "Bui Thanh Son")]
    [InlineData("Kamikawa Yoko", "Yoko Kamikawa")]
    public async Task Accept_SamePersonSpelledTwoWays_OnePersonKeepingTheRicherSpelling(string firstName, string secondName)
    {
        await using var host = await SqliteHost.StartAsync();
        var a = await FactAsync(host, FactKind.Person, $$"""{"name":"{{firstName}}","country":null,"roles":["Minister of Foreign Affairs"]}""");
        var b = await FactAsync(host, FactKind.Person, $$"""{"name":"{{secondName}}","country":"VN","roles":["Deputy Prime Minister","Minister of Foreign Affairs"]}""");

        await ReviewAsync(host, s => s.AcceptAsync(a, Reviewer));
        await ReviewAsync(host, s => s.AcceptAsync(b, Reviewer));

        var person = Assert.Single(await host.DbAsync(db => db.People.AsNoTracking().ToListAsync()));
        var richer = new[] { firstName, secondName }.MaxBy(n => n.Count(c => c > 127))!;
        Assert.Equal(richer, person.Name);
        Assert.Equal("VN", person.Country?.Value);
        Assert.Equal(["Minister of Foreign Affairs", "Deputy Prime Minister"], person.Roles.Select(r => r.Title));
    }

    [Fact]
    public async Task Accept_MeetingsWithoutOrdinal_MatchOnMechanismKindAndDate()
    {
        await using var host = await SqliteHost.StartAsync();
        var a = await FactAsync(host, FactKind.Meeting, """{"mechanism":"vietnam-japan","kind":"committee","ordinal":null,"date":"2024-08-07","city":"Tokyo","co_chairs":[]}""");
        var b = await FactAsync(host, FactKind.Meeting, """{"mechanism":"vietnam-japan","kind":"committee","ordinal":12,"date":"2024-08-07","city":null,"co_chairs":[]}""");

        var first = await ReviewAsync(host, s => s.AcceptAsync(a, Reviewer));
        var second = await ReviewAsync(host, s => s.AcceptAsync(b, Reviewer));

        Assert.Equal(first.Value.RecordId, second.Value.RecordId);
        var meeting = await host.DbAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == first.Value.RecordId));
        Assert.Equal((12, "Tokyo"), (meeting.Ordinal, meeting.City));
    }

    [Theory]
    [InlineData("mekong-japan", "2025", true)]
    [InlineData("mekong-japan", "2025-08", true)]
    [InlineData(null, "2025", false)]
    public async Task Accept_UnnumberedMeetingsPlannedForTheSamePeriod_MatchOnlyWithAKnownMechanism(string? mechanism, string date, bool same)
    {
        await using var host = await SqliteHost.StartAsync();
        var json = mechanism is null ? "null" : $"\"{mechanism}\"";
        var payload = $$"""{"mechanism":{{json}},"kind":"summit","ordinal":null,"date":"{{date}}","city":null,"co_chairs":[]}""";
        var a = await FactAsync(host, FactKind.Meeting, payload);
        var b = await FactAsync(host, FactKind.Meeting, payload);

        var first = await ReviewAsync(host, s => s.AcceptAsync(a, Reviewer));
        var second = await ReviewAsync(host, s => s.AcceptAsync(b, Reviewer));

        Assert.Equal(same, first.Value.RecordId == second.Value.RecordId);
    }

    [Fact]
    public async Task EditThenAccept_Reject_KeepEveryDecisionWithWhoAndWhen()
    {
        await using var host = await SqliteHost.StartAsync();
        var edited = await FactAsync(host, FactKind.Person, """{"name":"Nguyen Phu","country":null,"roles":[]}""");
        var rejected = await FactAsync(host, FactKind.Commitment, """{"mechanism":"mekong-japan","kind":"proposed","actors":[],"action":"At the same time","deadline":null}""");

        var e = await ReviewAsync(host, s => s.EditAndAcceptAsync(edited, """{"name":"Nguyễn Phú Trọng","country":"VN","roles":["General Secretary"]}""", Reviewer, "full name"));
        host.Clock.Advance(TimeSpan.FromMinutes(3));
        var r = await ReviewAsync(host, s => s.RejectAsync(rejected, "analyst", "not an undertaking"));
        var again = await ReviewAsync(host, s => s.AcceptAsync(rejected, Reviewer));

        Assert.True(e.IsSuccess && r.IsSuccess);
        Assert.Equal("fact.review.closed", again.Error!.Code);
        var facts = await host.DbAsync(db => db.Facts.AsNoTracking().Where(f => f.Id == edited || f.Id == rejected).ToListAsync());
        var ed = facts.Single(f => f.Id == edited);
        Assert.Equal([(ReviewAction.Edit, Reviewer), (ReviewAction.Accept, Reviewer)], ed.Decisions.Select(d => (d.Action, d.Reviewer)));
        Assert.All(ed.Decisions, d => Assert.Equal(new DateTimeOffset(2025, 8, 1, 9, 30, 0, TimeSpan.Zero), d.At));
        var rj = facts.Single(f => f.Id == rejected);
        Assert.Equal((ReviewState.Rejected, "analyst", "not an undertaking"), (rj.State, rj.Decisions[0].Reviewer, rj.Decisions[0].Note));
        Assert.Equal(new DateTimeOffset(2025, 8, 1, 9, 33, 0, TimeSpan.Zero), rj.Decisions[0].At);
        Assert.Equal("Nguyễn Phú Trọng", (await host.DbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == ed.RecordId))).Name);
    }

    [Fact]
    public async Task Merge_IntoChosenPerson_UpdatesThatRecordAndCitesTheFact()
    {
        await using var host = await SqliteHost.StartAsync();
        var chosen = await host.DbAsync(async db =>
        {
            var p = Person.Create("Iwaya Takeshi", CountryCode.Of("JP")).Value;
            db.People.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var fact = await FactAsync(host, FactKind.Person, """{"name":"Takeshi Iwaya","country":"JP","roles":["Minister for Foreign Affairs"]}""");

        var merged = await ReviewAsync(host, s => s.MergeAsync(fact, chosen, Reviewer));

        Assert.Equal(chosen, merged.Value.RecordId);
        var (person, source) = await host.DbAsync(async db => (await db.People.AsNoTracking().SingleAsync(), await db.RecordSources.AsNoTracking().SingleAsync()));
        Assert.Equal(["Minister for Foreign Affairs"], person.Roles.Select(r => r.Title));
        Assert.Equal((chosen, fact), (source.RecordId, source.FactId));
    }

    [Theory]
    [InlineData("""{"mechanism":"mekong-japan","kind":"proposed","actors":[],"action":"","deadline":null}""", "value.required")]
    [InlineData("""{"mechanism":"mekong-japan","kind":"hoped","actors":[],"action":"meet again","deadline":null}""", "commitment.kind.unknown")]
    [InlineData("""{"mechanism":"mekong-japan","kind":"agreed","actors":[],"action":"meet again","deadline":"07-2025"}""", "date.invalid")]
    public async Task Accept_CommitmentThatDoesNotFit_IsRefusedAndStaysPending(string payload, string code)
    {
        await using var host = await SqliteHost.StartAsync();
        var fact = await FactAsync(host, FactKind.Commitment, payload);

        var result = await ReviewAsync(host, s => s.AcceptAsync(fact, Reviewer));

        Assert.StartsWith(code.Split('.')[0], result.Error!.Code, StringComparison.Ordinal);
        var stored = await host.DbAsync(db => db.Facts.AsNoTracking().SingleAsync(f => f.Id == fact));
        Assert.Equal((ReviewState.Pending, 0), (stored.State, stored.Decisions.Count));
        Assert.Equal(0, await host.DbAsync(db => db.Commitments.CountAsync()));
    }

    [Fact]
    public async Task Accept_Commitment_TiedToTheMeetingItsDocumentReports()
    {
        await using var host = await SqliteHost.StartAsync();
        var (meetingFact, commitmentFact) = await host.DbAsync(async db =>
        {
            var d = Document.Create("The ministers agreed to resume the Mekong–Japan Summit by the end of 2025.", "en", "mjc.txt").Value;
            var m = Fact.Create(d.Id, FactKind.Meeting, MeetingEn, new Span(0, 10), ["r"], 0.9).Value;
            var c = Fact.Create(d.Id, FactKind.Commitment, """{"mechanism":"mekong-japan","kind":"agreed","actors":["Vietnam","Japan"],"action":"resume the Mekong–Japan Summit by the end of 2025","deadline":"2025"}""", new Span(13, 20), ["r"], 0.65).Value;
            db.Documents.Add(d);
            db.Facts.AddRange(m, c);
            await db.SaveChangesAsync();
            return (m.Id, c.Id);
        });

        var meeting = await ReviewAsync(host, s => s.AcceptAsync(meetingFact, Reviewer));
        var commitment = await ReviewAsync(host, s => s.AcceptAsync(commitmentFact, Reviewer));

        var stored = await host.DbAsync(db => db.Commitments.AsNoTracking().SingleAsync(c => c.Id == commitment.Value.RecordId));
        Assert.Equal(meeting.Value.RecordId, stored.MeetingId);
        Assert.Equal(["JP", "VN"], stored.Parties.Select(p => p.Value).Order());
        Assert.Equal("2025", stored.Deadline.ToString());
    }

    [Fact]
    public async Task Accept_Amount_IsAFlowOnlyOnceAReviewerNamesProviderAndRecipient()
    {
        await using var host = await SqliteHost.StartAsync();
        const string amount = """{"value":{"amount":100000000000,"currency":"JPY"},"subject":"In fiscal year 2023 alone, the total of Japanese ODA loans to Vietnam exceeded 100 billion yen."}""";
        var plain = await FactAsync(host, FactKind.Amount, amount);
        var flowFact = await FactAsync(host, FactKind.Amount, amount);

        var accepted = await ReviewAsync(host, s => s.AcceptAsync(plain, Reviewer));
        var edited = await ReviewAsync(host, s => s.EditAndAcceptAsync(flowFact,
            """{"value":{"amount":100000000000,"currency":"JPY"},"subject":"Japanese ODA loans to Vietnam, FY2023","provider":"JP","recipient":"VN","type":"loan","fiscal_year":2023,"channel":"JICA"}""",
            Reviewer));

        Assert.Equal((ReviewState.Accepted, (Guid?)null), (accepted.Value.State, accepted.Value.RecordId));
        var (flow, source, document) = await host.DbAsync(async db => (
            await db.Flows.AsNoTracking().SingleAsync(),
            await db.RecordSources.AsNoTracking().SingleAsync(),
            await db.Facts.AsNoTracking().Where(f => f.Id == flowFact).Select(f => f.DocumentId).SingleAsync()));
        Assert.Equal(edited.Value.RecordId, flow.Id);
        Assert.Equal(("JP", "VN", 100_000_000_000m, "JPY", 2023, "JICA"),
            (flow.Provider.Value, flow.Recipient.Value, flow.Amount.Amount, flow.Amount.Currency.Code, flow.FiscalYear, flow.Channel));
        Assert.Equal((document, RecordKind.Flow, flow.Id), (flow.SourceDocumentId!.Value, source.Kind, source.RecordId));
    }
}
