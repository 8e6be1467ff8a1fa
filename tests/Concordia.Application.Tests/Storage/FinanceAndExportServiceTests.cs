using System.Text.Json;
using System.Text;
using System.Xml.Linq;
using Concordia.Application.Abstractions;
using Concordia.Application.Exports;
using Concordia.Application.Finance;
using Concordia.Application.Tests.Exports;
using Concordia.Domain.Finance;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Application.Tests.Storage;

public abstract class FinanceAndExportServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly TestStore _db = new(provider);
    private Fund _fund = null!;
    private FinancialFlow _package = null!;
    private FinancialFlow _tranche = null!;
    private Commitment _pledge = null!;
    private Contribution _paid = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _fund = Fund.Create("Mekong–Korea Cooperation Fund", "MKCF", "mekong-korea").Value;
        _paid = Contribution.Create(_fund.Id, CountryCode.Of("KR"), 2024, new Money(6_000_000m, Currency.Usd)).Value;
        _package = FinancialFlow.Create(new FlowDetails("ODA loans FY2023", CountryCode.Of("JP"), CountryCode.Of("VN"),
            new Money(100_000_000_000m, Currency.Jpy), FlowType.Loan, 2023, "JICA", "transport")).Value;
        _tranche = FinancialFlow.Create(new FlowDetails("Metro tranche", CountryCode.Of("JP"), CountryCode.Of("VN"),
            new Money(30_000_000_000m, Currency.Jpy), FlowType.Loan, 2023, "JICA", "transport", _package.Id)).Value;
        _pledge = Commitment.Create(new CommitmentDetails("provide ODA loans to Viet Nam", CommitmentKind.Pledged, "vietnam-japan",
            Parties: [CountryCode.Of("JP")], Target: new Money(1_000_000_000m, Currency.Usd)), new DateOnly(2023, 5, 1)).Value;
        var planned = Meeting.Create(new MeetingDetails("mekong-japan", MeetingKind.Summit, null, PartialDate.OfMonth(2026, 10),
            Status: MeetingStatus.Planned)).Value;
        await _db.Db(async db =>
        {
            db.Funds.Add(_fund);
            db.Contributions.Add(_paid);
            db.Flows.AddRange(_package, _tranche);
            db.Commitments.Add(_pledge);
            db.Meetings.Add(planned);
            return await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => _db.DisposeAsync();

    private Task<T> Finance<T>(Func<FinanceService, Task<T>> work) => _db.In(sp => work(sp.GetRequiredService<FinanceService>()));

    [SkippableFact]
    public async Task SetTargetsAsync_ThenFundReport_GapPerYearFromStoredRows()
    {
        var set = await Finance(f => f.SetTargetsAsync(_fund.Id, new TargetScheduleRequest(2024, 6_000_000m, 2027, 10_000_000m, "USD")));
        var report = (await Finance(f => f.FundReportAsync(_fund.Id))).Value;

        Assert.Equal(4, set.Value.Count);
        Assert.Equal([0m, 7_333_333.33m, 8_666_666.67m, 10_000_000m], report.Years.Select(y => y.Gap!.Value));
    }

    [SkippableFact]
    public async Task PledgeProgressAsync_MatchedToPackageAndTranche_CountsPackageOnce()
    {
        await Finance(f => f.MatchAsync(_pledge.Id, new PledgeMatchRequest(FlowId: _package.Id)));
        await Finance(f => f.MatchAsync(_pledge.Id, new PledgeMatchRequest(FlowId: _tranche.Id)));
        var duplicate = await Finance(f => f.MatchAsync(_pledge.Id, new PledgeMatchRequest(FlowId: _tranche.Id)));

        var progress = (await Finance(f => f.PledgeProgressAsync(_pledge.Id))).Value;

        Assert.Equal("pledge.match.conflict", duplicate.Error!.Code);
        Assert.Equal([_package.Id], progress.CountedFlows);
        Assert.Equal([_tranche.Id], progress.SkippedAsPartOfParent);
        Assert.Equal(FlowValuation.Default.Value(_package).Usd, progress.DeliveredUsd);
    }

    [SkippableFact]
    public async Task FlowTotalsAsync_PackageAndTranche_ProviderCountedOnce()
    {
        var totals = await Finance(f => f.FlowTotalsAsync(CountryCode.Of("VN")));

        var japan = totals.Single();
        Assert.Equal((1, FlowValuation.Default.Value(_package).Usd!.Value), (japan.Flows, japan.Usd));
    }

    [SkippableFact]
    public async Task WriteAsync_IatiFromDatabase_ValidAgainstSchema()
    {
        await Finance(f => f.SetTargetsAsync(_fund.Id, new TargetScheduleRequest(2024, 6_000_000m, 2027, 10_000_000m, "USD")));

        var (text, summary) = await ExportAsync(new ExportRequest(ExportFormat.Iati));

        Assert.Empty(IatiActivitiesTests.Validate(XDocument.Parse(text)));
        Assert.Equal(3, summary.Counts["activities"]);
        Assert.Contains("<narrative>Government of Japan</narrative>", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task WriteAsync_IcalFromDatabase_PlannedMeetingWithStampFromClock()
    {
        var (text, summary) = await ExportAsync(new ExportRequest(ExportFormat.Ical, ExportKind.Meetings));

        Assert.Equal(1, summary.Counts["meetings"]);
        Assert.Contains("STATUS:TENTATIVE", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20261001", text, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20260115T030000Z", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task WriteAsync_JsonMechanismFilter_OnlyThatMechanismsRecords()
    {
        var (text, _) = await ExportAsync(new ExportRequest(ExportFormat.Json, null, new ExportFilter("mekong-korea")));

        using var doc = JsonDocument.Parse(text);
        Assert.Equal(["mekong-korea"], doc.RootElement.GetProperty("mechanisms").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.Equal(1, doc.RootElement.GetProperty("funds").GetArrayLength());
        Assert.Equal(0, doc.RootElement.GetProperty("meetings").GetArrayLength());
        Assert.Equal(0, doc.RootElement.GetProperty("flows").GetArrayLength());
        Assert.True(doc.RootElement.GetProperty("countries").GetArrayLength() > 10);
    }

    [SkippableTheory]
    [InlineData(ExportFormat.Csv, null, "export.kind.required")]
    [InlineData(ExportFormat.Ical, ExportKind.Commitments, "export.kind.unsupported")]
    [InlineData(ExportFormat.Iati, ExportKind.Meetings, "export.kind.unsupported")]
    public async Task WriteAsync_FormatCannotHoldKind_Fails(ExportFormat format, ExportKind? kind, string code)
    {
        using var stream = new MemoryStream();
        var result = await _db.In(sp => sp.GetRequiredService<ExportService>().WriteAsync(new ExportRequest(format, kind), stream));

        Assert.Equal(code, result.Error!.Code);
    }

    private async Task<(string Text, ExportSummary Summary)> ExportAsync(ExportRequest request)
    {
        using var stream = new MemoryStream();
        var summary = await _db.In(sp => sp.GetRequiredService<ExportService>().WriteAsync(request, stream));
        return (Encoding.UTF8.GetString(stream.ToArray()), summary.Value);
    }
}

public sealed class SqliteFinanceAndExportServiceTests() : FinanceAndExportServiceTests(DatabaseProvider.Sqlite);

public sealed class PostgresFinanceAndExportServiceTests() : FinanceAndExportServiceTests(DatabaseProvider.PostgreSql);
