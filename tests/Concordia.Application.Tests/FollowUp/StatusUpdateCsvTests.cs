using Concordia.Application.FollowUp;
using Concordia.Domain.FollowUp;

namespace Concordia.Application.Tests.FollowUp;

public class StatusUpdateCsvTests
{
    private static Commitment Agreed(string action) =>
        Commitment.Create(new CommitmentDetails(action, CommitmentKind.Agreed, "mekong-korea"), new DateOnly(2024, 6, 4)).Value;

    [Fact]
    public void Parse_GoodRows_ReadsEvidenceKinds()
    {
        var id = Guid.CreateVersion7();
        var doc = Guid.CreateVersion7();
        var csv = $"""
            commitment_id,status,on,note,evidence_url,evidence_note,evidence_document_id,evidence_span_start,evidence_span_length
            {id},in-progress,2024-09-01,"talks began, slowly",,,,,
            {id},fulfilled,2025-03-01,,https://www.mofa.go.kr/x,"MKCF paid in full",,,
            {id},partly-fulfilled,2025-03-02,,,,{doc},120,45
            """;

        var (rows, errors) = StatusUpdateCsv.Parse(new StringReader(csv));

        Assert.Empty(errors);
        Assert.Equal([2, 3, 4], rows.Select(r => r.Line));
        Assert.Equal("talks began, slowly", rows[0].Note);
        Assert.Equal("https://www.mofa.go.kr/x", rows[1].Evidence!.Url);
        Assert.Equal((doc, 120, 45), (rows[2].Evidence!.DocumentId!.Value, rows[2].Evidence!.Span!.Value.Start, rows[2].Evidence!.Span!.Value.Length));
    }

    [Fact]
    public void Parse_BadRows_ReportsEachByPhysicalLine()
    {
        var csv = """
            commitment_id,status,on,note,evidence_url,evidence_note
            not-a-guid,fulfilled,2025-03-01,,,
            0195f0a0-0000-7000-8000-000000000001,done,2025-03-01,"a note
            spanning two lines",,
            0195f0a0-0000-7000-8000-000000000001,lapsed,1 March 2025,,,
            0195f0a0-0000-7000-8000-000000000001,fulfilled,2025-03-01,,ftp://x,
            0195f0a0-0000-7000-8000-000000000001,in-progress
            0195f0a0-0000-7000-8000-000000000001,in-progress,2025-03-01,a "quoted" note,,
            """;

        var (rows, errors) = StatusUpdateCsv.Parse(new StringReader(csv));

        Assert.Empty(rows);
        Assert.Equal([(2, "csv.commitment-id.invalid"), (3, "commitment.status.unknown"), (5, "csv.date.invalid"),
            (6, "evidence.url.invalid"), (6, "value.required"), (7, "csv.date.invalid"), (8, "csv.quote")], errors.Select(e => (e.Line, e.Error.Code)));
    }

    [Fact]
    public void Parse_MissingColumn_FailsOnHeader()
    {
        var (_, errors) = StatusUpdateCsv.Parse(new StringReader("commitment_id,status\n"));

        Assert.Equal((1, "csv.header.missing"), (errors.Single().Line, errors.Single().Error.Code));
    }

    [Fact]
    public void Check_RowsDependOnEachOther_ValidatesInFileOrderWithoutChangingCommitments()
    {
        var c = Agreed("gradually increase MKCF contributions");
        var byId = new Dictionary<Guid, Commitment> { [c.Id] = c };
        var url = "https://www.mofa.go.kr/x";
        var csv = $"""
            commitment_id,status,on,evidence_url,evidence_note
            {c.Id},in-progress,2024-09-01,,
            {c.Id},fulfilled,2025-03-01,{url},paid
            {c.Id},in-progress,2025-04-01,,
            {c.Id},not-fulfilled,2025-02-01,,
            {Guid.CreateVersion7()},lapsed,2025-01-01,,
            """;
        var (rows, parseErrors) = StatusUpdateCsv.Parse(new StringReader(csv));

        var errors = StatusUpdatePlan.Check(rows, byId);

        Assert.Empty(parseErrors);
        Assert.Equal([(4, "commitment.transition"), (5, "commitment.transition"), (5, "commitment.date.before-last"),
            (5, "commitment.evidence.required"), (6, "commitment.not-found")], errors.Select(e => (e.Line, e.Error.Code)));
        Assert.Equal(CommitmentStatus.Agreed, c.Status);
        Assert.Single(c.History);
    }

    [Fact]
    public void Apply_CheckedRows_ChangesInOrder()
    {
        var c = Agreed("gradually increase MKCF contributions");
        var byId = new Dictionary<Guid, Commitment> { [c.Id] = c };
        var (rows, _) = StatusUpdateCsv.Parse(new StringReader($"""
            commitment_id,status,on,evidence_url,evidence_note
            {c.Id},in-progress,2024-09-01,,
            {c.Id},fulfilled,2025-03-01,https://www.mofa.go.kr/x,paid
            """));

        Assert.Empty(StatusUpdatePlan.Check(rows, byId));
        StatusUpdatePlan.Apply(rows, byId);

        Assert.Equal([CommitmentStatus.Agreed, CommitmentStatus.InProgress, CommitmentStatus.Fulfilled], c.History.Select(h => h.Status));
    }
}
