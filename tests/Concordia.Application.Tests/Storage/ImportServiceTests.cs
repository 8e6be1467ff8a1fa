using System.Text;
using Concordia.Application.Abstractions;
using Concordia.Application.Exports;
using Concordia.Application.FollowUp;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Application.Tests.Storage;

public abstract class ImportServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly TestStore _db = new(provider);

    public Task InitializeAsync() => _db.InitializeAsync();
    public Task DisposeAsync() => _db.DisposeAsync();

    private async Task<Commitment[]> StoreAsync(params string[] actions)
    {
        var made = actions.Select(a => Commitment.Create(new CommitmentDetails(a, CommitmentKind.Pledged, "mekong-korea",
            Parties: [CountryCode.Of("KR")], PriorityArea: "msmes", Deadline: PartialDate.OfYear(2027),
            Target: new Money(10_000_000m, Currency.Usd)), new DateOnly(2024, 7, 28)).Value).ToArray();
        await _db.Db(async db =>
        {
            db.Commitments.AddRange(made);
            return await db.SaveChangesAsync();
        });
        return made;
    }

    private Task<StatusImportReport> ImportStatuses(string csv, bool dryRun) =>
        _db.In(sp => sp.GetRequiredService<FollowUpService>().ImportStatusesAsync(new StringReader(csv), dryRun));

    private Task<int[]> HistoryCounts(params Commitment[] cs) =>
        _db.Db(async db => (await db.Commitments.Where(c => cs.Select(x => x.Id).Contains(c.Id)).ToListAsync())
            .OrderBy(c => Array.FindIndex(cs, x => x.Id == c.Id)).Select(c => c.History.Count).ToArray());

    [SkippableFact]
    public async Task ImportStatusesAsync_DryRunWithBadRows_ReportsEveryLineAndChangesNothing()
    {
        var (a, b) = (await StoreAsync("raise MKCF to USD 10 million a year", "open a water research centre")) switch { var x => (x[0], x[1]) };
        var csv = $"""
            commitment_id,status,on,evidence_url,evidence_note,evidence_document_id,evidence_span_start,evidence_span_length
            {a.Id},in-progress,2025-01-10,,
            {b.Id},fulfilled,2025-02-01,,
            {Guid.CreateVersion7()},lapsed,2025-02-01,,
            {a.Id},fulfilled,2024-12-01,https://www.mofa.go.kr/mkcf,paid
            nonsense,fulfilled,2025-02-01,,
            {b.Id},fulfilled,2025-03-01,,,{Guid.CreateVersion7()},10,20
            """;

        var report = await ImportStatuses(csv, dryRun: true);

        Assert.Equal([(3, "commitment.evidence.required"), (4, "commitment.not-found"), (5, "commitment.date.before-last"),
            (6, "csv.commitment-id.invalid"), (7, "evidence.document.not-found")], report.Errors.Select(e => (e.Line, e.Error.Code)));
        Assert.False(report.Applied);
        Assert.Equal(new[] { 1, 1 }, await HistoryCounts(a, b));
    }

    [SkippableFact]
    public async Task ImportStatusesAsync_OneBadRowWithoutDryRun_NothingSaved_ThenGoodFileAllSaved()
    {
        var (a, b) = (await StoreAsync("raise MKCF", "open a centre")) switch { var x => (x[0], x[1]) };
        var bad = $"commitment_id,status,on\n{a.Id},in-progress,2025-01-10\n{b.Id},proposed,2025-01-10\n";
        var good = $"commitment_id,status,on\n{a.Id},in-progress,2025-01-10\n{b.Id},lapsed,2025-01-10\n";

        var refused = await ImportStatuses(bad, dryRun: false);
        Assert.Equal(new[] { 1, 1 }, await HistoryCounts(a, b));
        var applied = await ImportStatuses(good, dryRun: false);

        Assert.Equal((3, "commitment.transition", false), (refused.Errors.Single().Line, refused.Errors.Single().Error.Code, refused.Applied));
        Assert.True(applied.Applied);
        Assert.Equal(new[] { 2, 2 }, await HistoryCounts(a, b));
    }

    [SkippableFact]
    public async Task ExportThenImport_IntoAnotherDatabase_SameRecordsAndIds()
    {
        var (a, b) = (await StoreAsync("raise MKCF to USD 10 million a year, \"gradually\"", "mở Trung tâm nghiên cứu nước")) switch { var x => (x[0], x[1]) };
        await _db.In(sp => sp.GetRequiredService<FollowUpService>().ImportStatusesAsync(new StringReader(
            $"commitment_id,status,on,note,evidence_url,evidence_note\n{a.Id},in-progress,2025-01-10,\"first, of two\",,\n{a.Id},fulfilled,2026-01-05,,https://www.mofa.go.kr/mkcf,paid in full\n"), false));
        var commitments = await ExportAsync(_db, ExportKind.Commitments);
        var history = await ExportAsync(_db, ExportKind.StatusHistory);
        await using var other = new TestStore(provider);
        await other.InitializeAsync();

        var dry = await other.In(sp => sp.GetRequiredService<CommitmentImport>().ImportAsync(new StringReader(commitments), new StringReader(history), dryRun: true));
        var first = await other.In(sp => sp.GetRequiredService<CommitmentImport>().ImportAsync(new StringReader(commitments), new StringReader(history), dryRun: false));
        var second = await other.In(sp => sp.GetRequiredService<CommitmentImport>().ImportAsync(new StringReader(commitments), null, dryRun: false));

        Assert.Equal((2, 2, false), (dry.Commitments, dry.StatusChanges, dry.Applied));
        Assert.Equal((0, true), (first.Errors.Count, first.Applied));
        Assert.Equal(2, second.AlreadyPresent);
        Assert.Equal(commitments, await ExportAsync(other, ExportKind.Commitments));
        Assert.Equal(history, await ExportAsync(other, ExportKind.StatusHistory));
        Assert.Contains(b.Id.ToString(), commitments, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ImportAsync_UnknownMechanismMeetingAndBadRows_ReportedByLine()
    {
        var csv = $"""
            id,action,kind,mechanism_id,meeting_id,parties,priority_area,deadline,target_amount,target_currency,made_on,status,compliance_score
            {Guid.CreateVersion7()},ok,agreed,mekong-japan,,,connectivity,2026,,,2025-07-10,agreed,
            {Guid.CreateVersion7()},x,agreed,no-such-mechanism,{Guid.CreateVersion7()},,,,,,2025-07-10,agreed,
            not-a-guid,x,agreed,,,,,,,,2025-07-10,agreed,
            {Guid.CreateVersion7()},x,vowed,,,JPN,,2025-13,,,10 July 2025,agreed,
            """;

        var report = await _db.In(sp => sp.GetRequiredService<CommitmentImport>().ImportAsync(new StringReader(csv), null, dryRun: false));

        Assert.Equal(4, report.Commitments);
        Assert.Equal([(3, "mechanism.not-found"), (3, "meeting.not-found"), (4, "csv.field.invalid"), (5, "commitment.kind.unknown"),
            (5, "csv.date.invalid"), (5, "country.invalid"), (5, "date.invalid")], report.Errors.Select(e => (e.Line, e.Error.Code)));
        Assert.False(report.Applied);
        Assert.Equal(0, await _db.Db(db => db.Commitments.CountAsync()));
    }

    private static async Task<string> ExportAsync(TestStore db, ExportKind kind)
    {
        using var stream = new MemoryStream();
        var summary = await db.In(sp => sp.GetRequiredService<ExportService>().WriteAsync(new ExportRequest(ExportFormat.Csv, kind), stream));
        Assert.True(summary.IsSuccess);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

public sealed class SqliteImportServiceTests() : ImportServiceTests(DatabaseProvider.Sqlite);

public sealed class PostgresImportServiceTests() : ImportServiceTests(DatabaseProvider.PostgreSql);
