using System.CommandLine;
using Concordia.Application.Exports;
using Concordia.Application.FollowUp;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Cli.Commands;

/// <summary>`concordia commitments import|update-status`: bulk changes from CSV, all or nothing, with a dry run.</summary>
internal static class CommitmentsCommand
{
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Check every row and report bad ones by line; change nothing" };

    public static Command Create()
    {
        var file = new Option<FileInfo>("--file") { Description = "commitments.csv as written by `concordia export --format csv --kind commitments`", Required = true };
        var history = new Option<FileInfo?>("--history") { Description = "status-history.csv to re-apply to the imported commitments" };
        var import = new Command("import", "Import commitments from the export's CSV, keeping their ids") { file, history, DryRun, DatabaseOptions.Sqlite, DatabaseOptions.Postgres };
        import.SetAction((parse, ct) => ImportAsync(parse, parse.GetValue(file)!, parse.GetValue(history), ct));

        var updates = new Option<FileInfo>("--file")
        {
            Description = "CSV with commitment_id, status, on and optional note, evidence_url, evidence_note, evidence_document_id, evidence_span_start, evidence_span_length",
            Required = true,
        };
        var status = new Command("update-status", "Apply status changes with evidence from a CSV file") { updates, DryRun, DatabaseOptions.Sqlite, DatabaseOptions.Postgres };
        status.SetAction((parse, ct) => UpdateStatusAsync(parse, parse.GetValue(updates)!, ct));
        return new Command("commitments", "Commitment follow-up in bulk") { import, status };
    }

    private static async Task<int> ImportAsync(ParseResult parse, FileInfo file, FileInfo? history, CancellationToken ct)
    {
        if (!file.Exists || history is { Exists: false }) return Missing(history is { Exists: false } ? history : file);
        await using var services = await CliStore.OpenAsync(parse, new FollowUpOptions(), ct);
        if (services is null) return ExitCodes.Unavailable;
        await using var scope = services.CreateAsyncScope();
        using var commitments = file.OpenText();
        using var changes = history?.OpenText();
        var report = await scope.ServiceProvider.GetRequiredService<CommitmentImport>().ImportAsync(commitments, changes, parse.GetValue(DryRun), ct);
        foreach (var e in report.Errors) Console.Error.WriteLine(e);
        Console.Error.WriteLine($"{report.Commitments} commitment row(s), {report.AlreadyPresent} already present, {report.StatusChanges} status change(s), "
                                + $"{report.Errors.Count} error(s): {Outcome(report.DryRun, report.Applied)}");
        return report.Errors.Count > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    private static async Task<int> UpdateStatusAsync(ParseResult parse, FileInfo file, CancellationToken ct)
    {
        if (!file.Exists) return Missing(file);
        await using var services = await CliStore.OpenAsync(parse, new FollowUpOptions(), ct);
        if (services is null) return ExitCodes.Unavailable;
        await using var scope = services.CreateAsyncScope();
        using var reader = file.OpenText();
        var report = await scope.ServiceProvider.GetRequiredService<FollowUpService>().ImportStatusesAsync(reader, parse.GetValue(DryRun), ct);
        foreach (var e in report.Errors) Console.Error.WriteLine(e);
        Console.Error.WriteLine($"{report.Rows} row(s), {report.Errors.Count} error(s): {Outcome(report.DryRun, report.Applied)}");
        return report.Errors.Count > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    private static string Outcome(bool dryRun, bool applied) =>
        applied ? "applied" : dryRun ? "dry run, nothing changed" : "nothing changed";

    private static int Missing(FileInfo file)
    {
        Console.Error.WriteLine($"no file {file.FullName}");
        return ExitCodes.BadInput;
    }
}
