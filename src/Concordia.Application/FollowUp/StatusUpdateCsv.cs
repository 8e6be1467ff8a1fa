using System.Globalization;
using Concordia.Domain;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Values;
using CsvHelper;
using CsvHelper.Configuration;

namespace Concordia.Application.FollowUp;

/// <summary>One requested status change, from line <see cref="Line"/> of the file.</summary>
public sealed record StatusUpdateRow(int Line, Guid CommitmentId, CommitmentStatus Status, DateOnly On, Evidence? Evidence, string? Note);

/// <summary>What is wrong with one line of the file.</summary>
public sealed record RowError(int Line, Error Error, string? File = null)
{
    public override string ToString() => $"{(File is null ? "" : File + " ")}line {Line}: {Error.Field}: {Error.Message} ({Error.Code})";
}

/// <summary>
/// Reads bulk status changes: a UTF-8 CSV with a header row and the columns commitment_id, status, on (YYYY-MM-DD),
/// and optionally note, evidence_url, evidence_note, evidence_document_id, evidence_span_start, evidence_span_length.
/// </summary>
public static class StatusUpdateCsv
{
    public static readonly string[] Columns =
        ["commitment_id", "status", "on", "note", "evidence_url", "evidence_note", "evidence_document_id", "evidence_span_start", "evidence_span_length"];

    public static (IReadOnlyList<StatusUpdateRow> Rows, IReadOnlyList<RowError> Errors) Parse(TextReader text)
    {
        var rows = new List<StatusUpdateRow>();
        var errors = new List<RowError>();
        var badQuotes = new List<int>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            MissingFieldFound = null,
            BadDataFound = a => badQuotes.Add(a.Context.Parser!.RawRow),
        };
        using var csv = new CsvReader(text, config);
        if (!csv.Read() || !csv.ReadHeader())
            return ([], [new RowError(1, new Error("csv.empty", "the file has no header row", "header"))]);
        var missing = Columns[..3].Where(c => !csv.HeaderRecord!.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
            return ([], [new RowError(1, new Error("csv.header.missing", $"missing column(s): {string.Join(", ", missing)}", "header"))]);
        var line = csv.Parser.RawRow + 1;
        while (csv.Read())
        {
            var row = ParseRow(csv, line);
            // The parser reports a misplaced quote while the row's fields are read.
            if (badQuotes.Count > 0)
            {
                errors.Add(new RowError(line, new Error("csv.quote", "a quote is misplaced: quote a whole field and double quotes inside it", "row")));
                badQuotes.Clear();
            }
            else if (row.IsSuccess) rows.Add(row.Value);
            else errors.AddRange(row.Errors.Select(e => new RowError(line, e)));
            line = csv.Parser.RawRow + 1;
        }

        return (rows, errors);
    }

    private static Result<StatusUpdateRow> ParseRow(CsvReader csv, int line)
    {
        string? Field(string name) => csv.HeaderRecord!.Contains(name, StringComparer.OrdinalIgnoreCase)
            ? NullIfEmpty(csv.GetField(Array.FindIndex(csv.HeaderRecord!, h => h.Equals(name, StringComparison.OrdinalIgnoreCase))))
            : null;

        var v = new Validator();
        var id = Guid.TryParse(Field("commitment_id"), out var g) ? g : Guid.Empty;
        v.Require(id != Guid.Empty, "commitment_id", "csv.commitment-id.invalid", $"'{Field("commitment_id")}' is not a commitment id");
        var status = CommitmentStatuses.Parse(Field("status"));
        if (!status.IsSuccess) v.Add(status.Error!);
        var on = DateOnly.TryParseExact(Field("on"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        v.Require(on is not null, "on", "csv.date.invalid", $"'{Field("on")}' is not a date as YYYY-MM-DD");
        var evidence = ParseEvidence(Field);
        if (!evidence.IsSuccess) v.AddRange(evidence.Errors);
        return v.IsValid
            ? new StatusUpdateRow(line, id, status.Value, on!.Value, evidence.Value, Field("note"))
            : v.Failure<StatusUpdateRow>();
    }

    private static Result<Evidence?> ParseEvidence(Func<string, string?> field)
    {
        var doc = field("evidence_document_id");
        if (doc is not null && !Guid.TryParse(doc, out _))
            return Result<Evidence?>.Fail("csv.evidence.document-id", $"'{doc}' is not a document id", "evidence_document_id");
        return new EvidenceInput(field("evidence_url"), field("evidence_note"), doc is null ? null : Guid.Parse(doc),
            Int(field("evidence_span_start")), Int(field("evidence_span_length"))).ToEvidence();
    }

    private static int? Int(string? s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
