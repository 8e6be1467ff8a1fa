using Concordia.Application.Ingestion;
using Spectre.Console;

namespace Concordia.Cli.Commands;

/// <summary>The end-of-run summary of <c>concordia ingest</c>: totals, then each failure and near-duplicate.</summary>
internal static class IngestReport
{
    public static void Write(IReadOnlyList<IngestOutcome> outcomes)
    {
        var s = IngestSummary.Of(outcomes);
        var totals = new Table().Title("Ingest summary").AddColumns("Files", "Stored", "Already stored", "Failed", "Facts pending review", "Near-duplicates");
        totals.AddRow($"{outcomes.Count}", $"{s.Stored}", $"{s.AlreadyStored}", s.Failed > 0 ? $"[red]{s.Failed}[/]" : "0", $"{s.Facts}", $"{s.Duplicates}");
        AnsiConsole.Write(totals);
        var notable = outcomes.Where(o => o.Status == IngestStatus.Failed || o.DuplicateOfId is not null).ToList();
        if (notable.Count == 0) return;
        var details = new Table().AddColumns("File", "Status", "Detail");
        foreach (var o in notable) details.AddRow(Markup.Escape(o.Name), StatusText(o), Markup.Escape(Detail(o).Trim()));
        AnsiConsole.Write(details);
    }

    public static string StatusText(IngestOutcome o) => o.Status switch
    {
        IngestStatus.Stored => "stored",
        IngestStatus.AlreadyStored => "already stored",
        _ => "FAILED",
    };

    public static string Detail(IngestOutcome o) => o switch
    {
        { Status: IngestStatus.Failed } => $"  {o.Error!.Message} ({o.Error.Code})",
        { DuplicateOfId: { } original } => $"  {o.Facts} fact(s); near-duplicate of document {original}",
        { Status: IngestStatus.Stored } => $"  {o.Facts} fact(s), {o.Language}",
        _ => "",
    };
}
