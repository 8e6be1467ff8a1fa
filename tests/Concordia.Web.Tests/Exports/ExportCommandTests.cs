using System.Diagnostics;
using System.Xml.Linq;
using Concordia.Application.Abstractions;
using Concordia.Domain.Finance;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;
using Concordia.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Web.Tests.Exports;

/// <summary>Runs the built `concordia` command as a process against real SQLite files.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "concordia-export-cli", Guid.NewGuid().ToString("N"));

    public ExportCommandTests() => Directory.CreateDirectory(_folder);

    private string P(string name) => Path.Combine(_folder, name);

    [Fact]
    public async Task ExportImportExport_CommitmentsThroughCli_SameFiles()
    {
        var source = P("source.db");
        Assert.Equal(0, (await Run("db", "migrate", "--db", source)).Code);
        await SeedAsync(source);
        Assert.Equal(0, (await Run("export", "--format", "csv", "--out", P("out"), "--db", source)).Code);
        var target = P("target.db");
        await Run("db", "migrate", "--db", target);

        var dry = await Run("commitments", "import", "--file", P("out/commitments.csv"), "--history", P("out/status-history.csv"), "--dry-run", "--db", target);
        var real = await Run("commitments", "import", "--file", P("out/commitments.csv"), "--history", P("out/status-history.csv"), "--db", target);
        await Run("export", "--format", "csv", "--kind", "commitments", "--out", P("again/commitments.csv"), "--db", target);
        await Run("export", "--format", "csv", "--kind", "status-history", "--out", P("again/status-history.csv"), "--db", target);

        Assert.Equal(0, dry.Code);
        Assert.Contains("dry run, nothing changed", dry.Error, StringComparison.Ordinal);
        Assert.Contains("applied", real.Error, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(P("out/commitments.csv")), File.ReadAllText(P("again/commitments.csv")));
        Assert.Equal(File.ReadAllText(P("out/status-history.csv")), File.ReadAllText(P("again/status-history.csv")));
        Assert.Contains(",\"dates under discussion,\nnot fixed\",", File.ReadAllText(P("again/status-history.csv")), StringComparison.Ordinal);
        Assert.Equal(3, File.ReadAllText(P("again/status-history.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Export_IatiIcalAndBadInput_ExitCodesAndFiles()
    {
        var db = P("c.db");
        await Run("db", "migrate", "--db", db);
        await SeedAsync(db);

        var iati = await Run("export", "--format", "iati", "--out", P("a.xml"), "--db", db);
        var ical = await Run("export", "--format", "ical", "--out", P("m.ics"), "--base-url", "https://portal.example.org/concordia", "--db", db);
        var badKind = await Run("export", "--format", "ical", "--kind", "flows", "--out", P("x.ics"), "--db", db);
        var noDb = await Run("export", "--format", "json", "--out", P("x.json"), "--db", P("missing.db"));
        var badStatus = await Run("commitments", "update-status", "--file", WriteFile("s.csv", "commitment_id,status,on\nnot-an-id,done,2025\n"), "--db", db);

        Assert.Equal((0, "iati-activities"), (iati.Code, XDocument.Load(P("a.xml")).Root!.Name.LocalName));
        Assert.Equal(0, ical.Code);
        Assert.Contains("URL:https://portal.example.org/concordia/meetings/", File.ReadAllText(P("m.ics")), StringComparison.Ordinal);
        Assert.Equal(64, badKind.Code);
        Assert.False(File.Exists(P("x.ics")));
        Assert.Equal(69, noDb.Code);
        Assert.Equal(65, badStatus.Code);
        Assert.Contains("line 2: commitment_id", badStatus.Error, StringComparison.Ordinal);
    }

    private string WriteFile(string name, string text)
    {
        File.WriteAllText(P(name), text);
        return P(name);
    }

    private static async Task SeedAsync(string path)
    {
        await using var services = new ServiceCollection().AddLogging().AddConcordiaStorage(StorageOptions.ForSqlite(path)).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IConcordiaDb>();
        var c = Commitment.Create(new CommitmentDetails("resume the Mekong–Japan Summit by end-2025, \"as soon as possible\"", CommitmentKind.Agreed,
            "mekong-japan", PriorityArea: "connectivity", Deadline: PartialDate.OfYear(2025)), new DateOnly(2025, 7, 10)).Value;
        c.ChangeStatus(CommitmentStatus.InProgress, new DateOnly(2025, 9, 1), note: "dates under discussion,\nnot fixed");
        c.ChangeStatus(CommitmentStatus.Fulfilled, new DateOnly(2025, 12, 5), Evidence.FromUrl("https://www.mofa.go.jp/s", "held").Value);
        db.Commitments.Add(c);
        db.Meetings.Add(Meeting.Create(new MeetingDetails("mekong-japan", MeetingKind.Summit, null, PartialDate.OfYear(2026), Status: MeetingStatus.Planned)).Value);
        db.Flows.Add(FinancialFlow.Create(new FlowDetails("Japanese ODA loans to Viet Nam, FY2023", CountryCode.Of("JP"), CountryCode.Of("VN"),
            new Money(100_000_000_000m, Currency.Jpy), FlowType.Loan, 2023, "JICA", "transport")).Value);
        await db.SaveChangesAsync();
    }

    private static async Task<(int Code, string Error)> Run(params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "concordia")) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await error);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
