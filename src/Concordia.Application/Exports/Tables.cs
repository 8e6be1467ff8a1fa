using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;

namespace Concordia.Application.Exports;

/// <summary>One registry list as rows of a flat record type, writable as CSV or JSON with the same snake_case names.</summary>
public interface ITable
{
    ExportKind Kind { get; }
    int Count { get; }
    void WriteCsv(TextWriter writer);
    object Rows { get; }
}

public sealed class Table<T>(ExportKind kind, IReadOnlyList<T> rows) : ITable where T : class
{
    private static readonly PropertyInfo[] Columns = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.Name != "EqualityContract").ToArray();

    public ExportKind Kind => kind;
    public int Count => rows.Count;
    public object Rows => rows;
    public IReadOnlyList<T> Typed => rows;

    public static IReadOnlyList<string> Header { get; } = Columns.Select(p => TableFormat.Snake(p.Name)).ToArray();

    /// <summary>RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break.</summary>
    public void WriteCsv(TextWriter writer)
    {
        using var csv = new CsvWriter(writer, TableFormat.Csv, leaveOpen: true);
        foreach (var name in Header) csv.WriteField(name);
        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var column in Columns) csv.WriteField(TableFormat.Field(column.GetValue(row)));
            csv.NextRecord();
        }

        csv.Flush();
    }

    /// <summary>Reads rows written by <see cref="WriteCsv"/> back (for imports and round trips).</summary>
    public static IReadOnlyList<T> ReadCsv(TextReader reader) =>
        ReadCsvLines(reader).Select(r => r.Row ?? throw new FormatException(r.Error!.Message)).ToList();

    /// <summary>Reads rows with the line each starts on; a row that cannot be read carries an error instead.</summary>
    public static IReadOnlyList<(int Line, T? Row, Domain.Error? Error)> ReadCsvLines(TextReader reader)
    {
        // Not TableFormat.Csv: a configured NewLine would make the reader accept only CRLF, and files get edited.
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant(),
            MissingFieldFound = null,
            HeaderValidated = null,
            BadDataFound = null,
        });
        // An empty field is an absent value, as it was written.
        csv.Context.TypeConverterOptionsCache.GetOptions<string>().NullValues.Add("");
        var rows = new List<(int, T?, Domain.Error?)>();
        if (!csv.Read() || !csv.ReadHeader()) return rows;
        var line = csv.Parser.RawRow + 1;
        while (csv.Read())
        {
            try
            {
                rows.Add((line, csv.GetRecord<T>(), null));
            }
            catch (CsvHelperException e) when (e is TypeConverterException or ReaderException)
            {
                var field = e is TypeConverterException t ? t.MemberMapData?.Member?.Name : null;
                rows.Add((line, null, new Domain.Error("csv.field.invalid", $"a field cannot be read: {field ?? "unknown"}",
                    field is null ? null : TableFormat.Snake(field))));
            }

            line = csv.Parser.RawRow + 1;
        }

        return rows;
    }
}

public static class TableFormat
{
    public static readonly CsvConfiguration Csv = new(CultureInfo.InvariantCulture) { NewLine = "\r\n", HasHeaderRecord = true };

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        // Files for people and tools, never embedded in HTML: keep "Việt Nam" and "–" readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static string Snake(string pascal) => JsonNamingPolicy.SnakeCaseLower.ConvertName(pascal);

    /// <summary>An enum value as a lower-case slug ("TechnicalCooperation" → "technical-cooperation").</summary>
    public static string Slug<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    internal static string Field(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString("0.############################", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>One list as a JSON array, or several as one object keyed by kind ("meetings": [...]).</summary>
    public static async Task WriteJsonAsync(IReadOnlyList<ITable> tables, Stream stream, bool single, CancellationToken ct)
    {
        object payload = single ? tables[0].Rows : tables.ToDictionary(t => t.Kind.ToSlug(), t => t.Rows);
        await JsonSerializer.SerializeAsync(stream, payload, payload.GetType(), Json, ct);
    }
}
