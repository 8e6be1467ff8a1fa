using Concordia.Domain.Documents;
using Concordia.Domain.Values;

namespace Concordia.Domain.Tests.Documents;

public class FactTests
{
    private const string Sentence =
        "He made the statement while co-chairing the 16th Mekong–Japan Foreign Ministers’ Meeting, held within the framework of the 58th ASEAN Foreign Ministers’ Meeting";

    private static readonly DateTimeOffset At = new(2025, 7, 12, 9, 0, 0, TimeSpan.Zero);

    private static Fact Pending() =>
        Fact.Create(Guid.CreateVersion7(), FactKind.Meeting, """{"mechanism":"mekong-japan","ordinal":16}""", new Span(43, 46),
            ["en.meeting.ordinal-mechanism-kind"], 0.9).Value;

    [Fact]
    public void DocumentCreate_Text_HashesContentAndQuotesSpans()
    {
        var doc = Document.Create(Sentence, "en", "000_1c2b76e57b932c21.txt", PartialDate.OfDay(2025, 7, 11)).Value;

        Assert.Equal(64, doc.ContentHash.Length);
        Assert.Equal(Document.HashOf(Sentence), doc.ContentHash);
        Assert.Equal("16th Mekong–Japan Foreign Ministers’ Meeting", doc.Quote(new Span(44, 44)).Value);
        Assert.Equal("span", doc.Quote(new Span(150, 100)).Error!.Field);
    }

    [Fact]
    public void DocumentCreate_BadLanguageAndNoText_ReportsBothFields() =>
        Assert.Equal(["text", "language"], Document.Create("", "eng", "x.txt").Errors.Select(e => e.Field));

    [Theory]
    [InlineData("[1,2]", "payload")]
    [InlineData("{not json", "payload")]
    [InlineData(null, "payload")]
    public void Create_PayloadNotAJsonObject_FailsNamingPayload(string? payload, string field) =>
        Assert.Equal(field, Fact.Create(Guid.CreateVersion7(), FactKind.Meeting, payload, new Span(0, 5), ["r"], 0.5).Error!.Field);

    [Fact]
    public void Create_NoRuleIdsAndConfidenceAboveOne_ReportsBoth() =>
        Assert.Equal(["ruleIds", "confidence"],
            Fact.Create(Guid.CreateVersion7(), FactKind.Amount, "{}", new Span(0, 5), [], 1.5).Errors.Select(e => e.Field));

    [Fact]
    public void Accept_PendingFact_RecordsWhoAndWhen()
    {
        var fact = Pending();
        var meetingId = Guid.CreateVersion7();

        fact.Accept("desk.officer@mofa.gov.vn", At, meetingId);

        Assert.Equal(ReviewState.Accepted, fact.State);
        Assert.Equal(meetingId, fact.RecordId);
        var decision = Assert.Single(fact.Decisions);
        Assert.Equal((ReviewAction.Accept, "desk.officer@mofa.gov.vn", At), (decision.Action, decision.Reviewer, decision.At));
    }

    [Fact]
    public void Reject_AlreadyAccepted_FailsNamingState()
    {
        var fact = Pending();
        fact.Accept("a", At);

        Assert.Equal("state", fact.Reject("b", At.AddHours(1)).Error!.Field);
        Assert.Equal(ReviewState.Accepted, fact.State);
    }

    [Fact]
    public void EditThenMerge_KeepsBothDecisionsInOrder()
    {
        var fact = Pending();
        var other = Pending();

        fact.Edit("""{"mechanism":"mekong-japan","ordinal":16,"city":"Kuala Lumpur"}""", "a", At);
        fact.MergeInto(other.Id, "a", At.AddMinutes(5));

        Assert.Equal([ReviewAction.Edit, ReviewAction.Merge], fact.Decisions.Select(d => d.Action));
        Assert.Equal((ReviewState.Merged, other.Id), (fact.State, fact.MergedIntoFactId!.Value));
        Assert.Contains("Kuala Lumpur", fact.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public void MergeInto_Itself_Fails()
    {
        var fact = Pending();

        Assert.Equal("fact.merge.self", fact.MergeInto(fact.Id, "a", At).Error!.Code);
    }

    [Fact]
    public void RecordSourceFromFact_PendingFact_FailsNamingFactId() =>
        Assert.Equal("factId", RecordSource.FromFact(Pending(), RecordKind.Meeting, Guid.CreateVersion7()).Error!.Field);

    [Fact]
    public void RecordSourceFromFact_AcceptedFact_CitesItsDocumentAndSpan()
    {
        var fact = Pending();
        var meetingId = Guid.CreateVersion7();
        fact.Accept("a", At, meetingId);

        var source = RecordSource.FromFact(fact, RecordKind.Meeting, meetingId).Value;

        Assert.Equal((fact.DocumentId, fact.Span, fact.Id, meetingId), (source.DocumentId, source.Span, source.FactId!.Value, source.RecordId));
    }
}
