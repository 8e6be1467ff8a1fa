using Concordia.Domain;

namespace Concordia.Application.Exports;

/// <summary>The registry lists that can be exported, one table each.</summary>
public enum ExportKind
{
    Countries,
    Mechanisms,
    Memberships,
    Chairs,
    Meetings,
    People,
    Delegations,
    Strategies,
    PriorityAreas,
    Commitments,
    StatusHistory,
    Funds,
    FundTargets,
    Contributions,
    Flows,
}

public enum ExportFormat
{
    Csv,
    Json,
    Ical,
    Iati,
}

public static class ExportKinds
{
    public static string ToSlug(this ExportKind kind) => kind switch
    {
        ExportKind.PriorityAreas => "priority-areas",
        ExportKind.StatusHistory => "status-history",
        ExportKind.FundTargets => "fund-targets",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static IReadOnlyList<string> Slugs { get; } = Enum.GetValues<ExportKind>().Select(k => k.ToSlug()).ToArray();

    public static Result<ExportKind> Parse(string? slug)
    {
        foreach (var kind in Enum.GetValues<ExportKind>())
            if (string.Equals(kind.ToSlug(), slug?.Trim(), StringComparison.OrdinalIgnoreCase)) return kind;
        return Result<ExportKind>.Fail("export.kind.unknown", $"'{slug}' is not one of {string.Join(", ", Slugs)}", "kind");
    }

    public static Result<ExportFormat> ParseFormat(string? text) =>
        Enum.TryParse<ExportFormat>(text?.Trim(), ignoreCase: true, out var f) && Enum.IsDefined(f)
            ? f
            : Result<ExportFormat>.Fail("export.format.unknown", $"'{text}' is not one of csv, json, ical, iati", "format");

    /// <summary>The kinds a format can hold: iCalendar holds meetings; IATI holds flows and funds; tables hold any.</summary>
    public static bool Supports(this ExportFormat format, ExportKind kind) => format switch
    {
        ExportFormat.Ical => kind == ExportKind.Meetings,
        ExportFormat.Iati => kind is ExportKind.Flows or ExportKind.Funds,
        _ => true,
    };
}
