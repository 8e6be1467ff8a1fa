using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Documents;
using Concordia.Domain.Finance;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;

namespace Concordia.E2E.Infrastructure;

/// <summary>The ids of the records the fixture registry holds, for tests to open pages by.</summary>
public sealed record FixtureIds(
    Guid Meeting13,
    Guid Meeting12,
    Guid PlannedMeeting,
    Guid AseanMeeting,
    Guid Son,
    Guid Iwaya,
    Guid Viet,
    Guid StatementEn,
    Guid StatementVi,
    Guid HostileDocument,
    Guid PendingFact);

/// <summary>
/// A small registry written through the domain's factories and the application's store: one Mekong–Japan series
/// with a long gap, a meeting held within an ASEAN meeting, people with roles, commitments in several states, a fund,
/// ODA flows, two documents reporting the same meeting (one its joint statement) and one document full of script payloads.
/// </summary>
public static class FixtureRegistry
{
    public const string Reviewer = "fixture@concordia.test";

    /// <summary>"Today" for the fixture's clock: commitments due in 2025 are overdue, the 2026-12 meeting is next.</summary>
    public static readonly DateTimeOffset Today = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public const string HostileTitle = "<script>document.title='pwned'</script>Statement";

    /// <summary>A web page full of payloads: as markup (left out of the normalised text) and quoted as text (kept in it).</summary>
    public static readonly string HostileText =
        "<!doctype html><html><head><title>Working group</title><script>window.__pwned = 'head';</script></head><body>\n" +
        "<p>Notes from the Mekong–Japan working group.</p>\n" +
        "<p>" + QuotedPayload + " was pasted into the minutes.</p>\n" +
        "<script>window.__pwned = 'script'; document.title = 'pwned';</script>\n" +
        "<img src=\"http://tracker.invalid/x.png\" onerror=\"window.__pwned = 'onerror'\">\n" +
        "<svg onload=\"window.__pwned = 'svg'\"></svg><a href=\"javascript:window.__pwned='href'\">click</a>\n" +
        "<iframe src=\"http://frame.invalid/\"></iframe><style>body{display:none}</style>\n" +
        "<p>The ministers agreed to meet again in 2027.</p>\n</body></html>";

    /// <summary>A script quoted in the page's text: the normalised text holds it as the characters &lt;script&gt;…</summary>
    public const string QuotedPayload = "&lt;script&gt;window.__pwned = 'quoted'; document.title = 'pwned';&lt;/script&gt;";

    public static async Task<FixtureIds> SeedAsync(IConcordiaDb db, CancellationToken ct = default)
    {
        var son = Ok(Person.Create("Bùi Thanh Sơn", CountryCode.Of("VN")));
        Ok(son.AddRole("Minister of Foreign Affairs", PartialDate.OfMonth(2021, 4), null, "Ministry of Foreign Affairs of Viet Nam"));
        Ok(son.AddRole("Deputy Prime Minister", PartialDate.OfMonth(2023, 3)));
        var iwaya = Ok(Person.Create("Iwaya Takeshi", CountryCode.Of("JP")));
        Ok(iwaya.AddRole("Minister for Foreign Affairs", PartialDate.OfMonth(2024, 10)));
        var viet = Ok(Person.Create("Đỗ Hùng Việt", CountryCode.Of("VN")));
        Ok(viet.AddRole("Deputy Minister of Foreign Affairs", PartialDate.OfYear(2021)));
        db.People.AddRange(son, iwaya, viet);

        var asean = Meeting("asean", MeetingKind.ForeignMinisters, 58, PartialDate.OfDay(2025, 7, 8), PartialDate.OfDay(2025, 7, 11), "Kuala Lumpur", "MY");
        var m10 = Meeting("mekong-japan", MeetingKind.ForeignMinisters, 10, PartialDate.OfDay(2017, 8, 6), null, "Manila", "PH");
        var m11 = Meeting("mekong-japan", MeetingKind.ForeignMinisters, 11, PartialDate.OfDay(2018, 8, 3), null, "Singapore", "SG");
        var m12 = Meeting("mekong-japan", MeetingKind.ForeignMinisters, 12, PartialDate.OfDay(2019, 8, 1), null, "Bangkok", "TH");
        var m13 = Meeting("mekong-japan", MeetingKind.ForeignMinisters, 13, PartialDate.OfDay(2025, 7, 10), null, "Kuala Lumpur", "MY", asean.Id);
        var m14 = Meeting("mekong-japan", MeetingKind.ForeignMinisters, 14, PartialDate.OfMonth(2026, 12), null, null, null, status: MeetingStatus.Planned);
        Ok(m13.SetCoChairs([son, iwaya]));
        db.Meetings.AddRange(asean, m10, m11, m12, m13, m14);
        db.Delegations.Add(Ok(Delegation.Create(m12.Id, CountryCode.Of("VN"), viet.Id, son.Id)));
        db.Delegations.Add(Ok(Delegation.Create(m13.Id, CountryCode.Of("VN"), son.Id)));
        db.Delegations.Add(Ok(Delegation.Create(m13.Id, CountryCode.Of("JP"), iwaya.Id)));

        var strategy = Ok(Strategy.Create("mekong-japan", "Mekong–Japan Cooperation Strategy 2024", PartialDate.OfYear(2024), PartialDate.OfYear(2028),
            PartialDate.OfYear(2024)));
        Ok(strategy.AddPillar("Connectivity and resilient infrastructure", ["connectivity"]));
        Ok(strategy.AddPillar("Digital transformation and innovation", ["digital-transformation"]));
        Ok(strategy.AddPillar("Sustainable management of the Mekong's water resources", ["water-resources"]));
        db.Strategies.Add(strategy);

        AddCommitments(db, m12, m13, son);
        AddFinance(db);
        var (en, vi, hostile, pending) = AddDocuments(db, m13, son);
        await db.SaveChangesAsync(ct);
        return new FixtureIds(m13.Id, m12.Id, m14.Id, asean.Id, son.Id, iwaya.Id, viet.Id, en, vi, hostile, pending);
    }

    private static void AddCommitments(IConcordiaDb db, Meeting m12, Meeting m13, Person son)
    {
        db.Commitments.Add(Ok(Commitment.Create(new CommitmentDetails("Resume the Mekong–Japan Summit by the end of 2025", CommitmentKind.Agreed,
            "mekong-japan", m13.Id, [], "connectivity", PartialDate.OfYear(2025)), new DateOnly(2025, 7, 10))));
        var workshop = Ok(Commitment.Create(new CommitmentDetails("Host a Mekong–Japan workshop on digital transformation for MSMEs",
            CommitmentKind.Proposed, "mekong-japan", m13.Id, [CountryCode.Of("VN")], "digital-transformation", PartialDate.OfYear(2027)),
            new DateOnly(2025, 7, 10)));
        db.Commitments.Add(Ok(workshop.SetProposer(son.Id)));
        var adopted = Ok(Commitment.Create(new CommitmentDetails("Adopt a new Mekong–Japan Cooperation Strategy", CommitmentKind.Agreed,
            "mekong-japan", m12.Id, [], "connectivity", PartialDate.OfYear(2024)), new DateOnly(2019, 8, 1)));
        Ok(adopted.ChangeStatus(CommitmentStatus.Fulfilled, new DateOnly(2024, 7, 27),
            Ok(Evidence.FromUrl("https://www.mofa.go.jp/", "The strategy was adopted at the 2024 meeting."))));
        db.Commitments.Add(adopted);
        db.Commitments.Add(Ok(Commitment.Create(new CommitmentDetails("Raise the contribution to the Mekong–Korea Cooperation Fund to USD 10 million a year",
            CommitmentKind.Pledged, "mekong-korea", null, [CountryCode.Of("KR")], "connectivity", PartialDate.OfYear(2027),
            new Money(10_000_000m, Currency.Usd)), new DateOnly(2024, 7, 26))));
    }

    private static void AddFinance(IConcordiaDb db)
    {
        var fund = Ok(Fund.Create("Mekong–Korea Cooperation Fund", "MKCF", "mekong-korea", new Money(10_000_000m, Currency.Usd)));
        db.Funds.Add(fund);
        db.Contributions.Add(Ok(Contribution.Create(fund.Id, CountryCode.Of("KR"), 2023, new Money(8_000_000m, Currency.Usd))));
        db.Contributions.Add(Ok(Contribution.Create(fund.Id, CountryCode.Of("KR"), 2024, new Money(9_000_000m, Currency.Usd))));
        db.Contributions.Add(Ok(Contribution.Create(fund.Id, CountryCode.Of("KR"), 2025, new Money(10_000_000m, Currency.Usd), isPledge: true)));
        db.Flows.Add(Ok(FinancialFlow.Create(new FlowDetails("ODA loan package for transport infrastructure", CountryCode.Of("JP"), CountryCode.Of("VN"),
            new Money(100_000_000_000m, Currency.Jpy), FlowType.Loan, 2023, "JICA", "transport"))));
        db.Flows.Add(Ok(FinancialFlow.Create(new FlowDetails("Water resources grant", CountryCode.Of("KR"), CountryCode.Of("LA"),
            new Money(5_000_000m, Currency.Usd), FlowType.Grant, 2024, null, "water"))));
    }

    private static (Guid En, Guid Vi, Guid Hostile, Guid Pending) AddDocuments(IConcordiaDb db, Meeting m13, Person son)
    {
        const string en = "Kuala Lumpur, 10 July 2025 — Deputy Prime Minister and Minister of Foreign Affairs Bùi Thanh Sơn co-chaired " +
                          "the 13th Mekong–Japan Foreign Ministers' Meeting with Foreign Minister Iwaya Takeshi. The ministers agreed to " +
                          "resume the Mekong–Japan Summit by the end of 2025.";
        const string vi = "Ngày 10/7/2025, tại Kuala Lumpur, Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn đồng chủ trì " +
                          "Hội nghị Bộ trưởng Ngoại giao Mekong – Nhật Bản lần thứ 13.";
        var docEn = Ok(Document.Create(en, "en", "https://news.example/mjc-13", PartialDate.OfDay(2025, 7, 10), "Joint Statement of the 13th Mekong–Japan Foreign Ministers' Meeting"));
        var docVi = Ok(Document.Create(vi, "vi", "https://tin.example/mjc-13", PartialDate.OfDay(2025, 7, 11), "Hội nghị Bộ trưởng Ngoại giao Mekong – Nhật Bản lần thứ 13"));
        var hostile = Ok(Document.Create(HostileText, "en", "hostile.html", PartialDate.OfDay(2025, 8, 1), HostileTitle));
        db.Documents.AddRange(docEn, docVi, hostile);

        var at = Today.AddDays(-30);
        var meetingEn = Fact(docEn, en, "the 13th Mekong–Japan Foreign Ministers' Meeting", FactKind.Meeting, "en.meeting.ordinal-kind");
        Ok(meetingEn.Accept(Reviewer, at, m13.Id));
        var person = Fact(docEn, en, "Bùi Thanh Sơn", FactKind.Person, "en.person.title-name");
        Ok(person.Accept(Reviewer, at, son.Id));
        var pending = Fact(docEn, en, "resume the Mekong–Japan Summit by the end of 2025", FactKind.Commitment, "en.commitment.agreed-to");
        var meetingVi = Fact(docVi, vi, "Hội nghị Bộ trưởng Ngoại giao Mekong – Nhật Bản lần thứ 13", FactKind.Meeting, "vi.meeting.hoi-nghi-lan-thu");
        Ok(meetingVi.MergeInto(meetingEn.Id, Reviewer, at, m13.Id));
        var script = Fact(hostile, HostileText, QuotedPayload, FactKind.Other, "en.test.payload");
        db.Facts.AddRange(meetingEn, person, pending, meetingVi, script);
        db.RecordSources.AddRange(Ok(RecordSource.FromFact(meetingEn, RecordKind.Meeting, m13.Id)),
            Ok(RecordSource.FromFact(meetingVi, RecordKind.Meeting, m13.Id)), Ok(RecordSource.FromFact(person, RecordKind.Person, son.Id)));
        db.MeetingOutcomes.Add(Ok(MeetingOutcome.Create(m13.Id, docEn.Id)));
        return (docEn.Id, docVi.Id, hostile.Id, pending.Id);
    }

    private static Fact Fact(Document doc, string text, string quote, FactKind kind, string rule)
    {
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException($"'{quote}' is not in the fixture text");
        return Ok(Concordia.Domain.Documents.Fact.Create(doc.Id, kind, "{\"text\":" + System.Text.Json.JsonSerializer.Serialize(quote) + "}",
            new Span(start, quote.Length), [rule], 0.9));
    }

    private static Meeting Meeting(string mechanism, MeetingKind kind, int ordinal, PartialDate start, PartialDate? end, string? city, string? country,
        Guid? within = null, MeetingStatus status = MeetingStatus.Held) =>
        Ok(Concordia.Domain.Registry.Meeting.Create(new MeetingDetails(mechanism, kind, ordinal, start, end, city,
            country is null ? null : CountryCode.Of(country), within, status)));

    private static T Ok<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException($"Fixture record refused: {result.Error!.Code} {result.Error.Message}");
}
