using Concordia.Application.Abstractions;
using Concordia.Application.Finance;
using Concordia.Domain;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Exports;

/// <summary>Where exported links point and who publishes IATI files.</summary>
public sealed record ExportOptions
{
    /// <summary>The portal's public address; meeting links are {BaseUrl}/meetings/{id}.</summary>
    public Uri BaseUrl { get; init; } = new("http://127.0.0.1:5080/");

    public IatiPublisher Publisher { get; init; } = new();
}

/// <summary>One export: a format, one list (or all lists a format holds when null) and a filter.</summary>
public sealed record ExportRequest(ExportFormat Format, ExportKind? Kind = null, ExportFilter? Filter = null);

/// <summary>What was written: records per list, and records left out with the reason.</summary>
public sealed record ExportSummary(ExportFormat Format, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<SkippedRecord> Skipped)
{
    public string ContentType => Format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8; header=present",
        ExportFormat.Json => "application/json; charset=utf-8",
        ExportFormat.Ical => "text/calendar; charset=utf-8",
        _ => "application/xml; charset=utf-8",
    };

    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Ical => "ics",
        ExportFormat.Iati => "xml",
        _ => format.ToString().ToLowerInvariant(),
    };
}

/// <summary>Open-data exports of the registry: CSV and JSON for every list, iCalendar for meetings, IATI for money.</summary>
public sealed class ExportService(IConcordiaDb db, FlowValuation valuation, ExportOptions options, TimeProvider time)
{
    public async Task<ExportSnapshot> LoadAsync(ExportFilter filter, CancellationToken ct = default)
    {
        var snapshot = new ExportSnapshot
        {
            Countries = await db.Countries.AsNoTracking().ToListAsync(ct),
            Mechanisms = await db.Mechanisms.AsNoTracking().Include(m => m.Memberships).Include(m => m.ChairTerms).ToListAsync(ct),
            Meetings = await db.Meetings.AsNoTracking().ToListAsync(ct),
            People = await db.People.AsNoTracking().ToListAsync(ct),
            Delegations = await db.Delegations.AsNoTracking().ToListAsync(ct),
            Strategies = await db.Strategies.AsNoTracking().ToListAsync(ct),
            PriorityAreas = await db.PriorityAreas.AsNoTracking().ToListAsync(ct),
            Commitments = await db.Commitments.AsNoTracking().ToListAsync(ct),
            Funds = await db.Funds.AsNoTracking().ToListAsync(ct),
            FundTargets = await db.FundTargets.AsNoTracking().ToListAsync(ct),
            Contributions = await db.Contributions.AsNoTracking().ToListAsync(ct),
            Flows = await db.Flows.AsNoTracking().ToListAsync(ct),
        };
        return filter.Apply(snapshot, valuation.FiscalYears);
    }

    public async Task<Result<ExportSummary>> WriteAsync(ExportRequest request, Stream output, CancellationToken ct = default)
    {
        var check = Check(request);
        if (check is not null) return Result<ExportSummary>.Fail(check);
        var snapshot = await LoadAsync(request.Filter ?? new ExportFilter(), ct);
        return await WriteAsync(request, snapshot, output, ct);
    }

    /// <summary>Writes an export of an already loaded snapshot (the CLI writes several lists from one load).</summary>
    public async Task<Result<ExportSummary>> WriteAsync(ExportRequest request, ExportSnapshot snapshot, Stream output, CancellationToken ct = default)
    {
        var check = Check(request);
        if (check is not null) return Result<ExportSummary>.Fail(check);
        return request.Format switch
        {
            ExportFormat.Csv or ExportFormat.Json => await WriteTablesAsync(request, snapshot, output, ct),
            ExportFormat.Ical => await WriteCalendarAsync(snapshot, output, ct),
            _ => await WriteIatiAsync(snapshot, request.Kind, output, ct),
        };
    }

    public static Error? Check(ExportRequest request)
    {
        if (request.Kind is { } kind && !request.Format.Supports(kind))
            return new Error("export.kind.unsupported", $"{request.Format.ToString().ToLowerInvariant()} cannot hold {kind.ToSlug()}", "kind");
        if (request.Format == ExportFormat.Csv && request.Kind is null)
            return new Error("export.kind.required", "a CSV file holds one list: choose a kind", "kind");
        return null;
    }

    private async Task<Result<ExportSummary>> WriteTablesAsync(ExportRequest request, ExportSnapshot snapshot, Stream output, CancellationToken ct)
    {
        var kinds = request.Kind is { } k ? [k] : Enum.GetValues<ExportKind>();
        var tables = kinds.Select(kind => RegistryTables.Build(snapshot, kind, options.BaseUrl, valuation)).ToList();
        if (request.Format == ExportFormat.Json) await TableFormat.WriteJsonAsync(tables, output, single: request.Kind is not null, ct);
        else
        {
            await using var writer = new StreamWriter(output, TableFormat.Utf8, leaveOpen: true);
            tables[0].WriteCsv(writer);
            await writer.FlushAsync(ct);
        }

        return new ExportSummary(request.Format, tables.ToDictionary(t => t.Kind.ToSlug(), t => t.Count), []);
    }

    private async Task<Result<ExportSummary>> WriteCalendarAsync(ExportSnapshot snapshot, Stream output, CancellationToken ct)
    {
        var names = snapshot.Mechanisms.ToDictionary(m => m.Id, m => m.ShortName);
        var calendar = MeetingCalendar.Build(snapshot.Meetings, names, options.BaseUrl, time.GetUtcNow());
        await output.WriteAsync(TableFormat.Utf8.GetBytes(calendar.Text), ct);
        var skipped = calendar.Skipped.Select(s => new SkippedRecord(s.MeetingId, s.Reason)).ToList();
        return new ExportSummary(ExportFormat.Ical, new Dictionary<string, int> { ["meetings"] = calendar.Events }, skipped);
    }

    private async Task<Result<ExportSummary>> WriteIatiAsync(ExportSnapshot s, ExportKind? kind, Stream output, CancellationToken ct)
    {
        var countries = s.Countries.ToDictionary(c => c.Code.Value, c => c.NameEn);
        var iati = new IatiActivities(options.Publisher, valuation, countries);
        var flows = kind is null or ExportKind.Flows ? s.Flows : [];
        var funds = kind is null or ExportKind.Funds ? s.Funds : [];
        var built = iati.Build(flows, funds, s.FundTargets, s.Contributions, time.GetUtcNow());
        if (!built.IsSuccess) return Result<ExportSummary>.Fail(built.Errors);
        var settings = new System.Xml.XmlWriterSettings { Encoding = TableFormat.Utf8, Indent = true, Async = true };
        await using (var writer = System.Xml.XmlWriter.Create(output, settings))
            await built.Value.Document.SaveAsync(writer, ct);
        return new ExportSummary(ExportFormat.Iati, new Dictionary<string, int> { ["activities"] = built.Value.Activities }, built.Value.Skipped);
    }
}
