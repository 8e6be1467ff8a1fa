using Concordia.Application.Exports;
using Concordia.Domain;
using Concordia.Web.Infrastructure;

namespace Concordia.Web.Api.Exports;

/// <summary>
/// GET /api/v1/exports/{format}?kind=&amp;mechanism=&amp;from=&amp;to= — the same open-data files as `concordia export`:
/// csv (one list, ?kind required), json (one list, or all keyed by kind), ical (meetings), iati (flows and funds).
/// </summary>
public static class ExportsApi
{
    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/exports/{format}", ExportAsync).WithTags("Open data").WithName("Export")
            .WithSummary("csv (one list: ?kind), json (one list or all), ical (meetings), iati (flows and funds, IATI 2.03)")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem();
        return app;
    }

    private static async Task<IResult> ExportAsync(string format, string? kind, string? mechanism, string? from, string? to,
        ExportService service, HttpContext http, CancellationToken ct)
    {
        var request = Parse(format, kind, mechanism, from, to);
        if (!request.IsSuccess) return Problems.From(request.Errors);
        var buffer = new MemoryStream();
        var written = await service.WriteAsync(request.Value, buffer, ct);
        if (!written.IsSuccess) return Problems.From(written.Errors);
        buffer.Position = 0;
        var name = $"concordia-{request.Value.Kind?.ToSlug() ?? "all"}.{ExportSummary.Extension(request.Value.Format)}";
        if (written.Value.Skipped.Count > 0) http.Response.Headers["X-Concordia-Skipped"] = written.Value.Skipped.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.File(buffer, written.Value.ContentType, name);
    }

    public static Result<ExportRequest> Parse(string? format, string? kind, string? mechanism, string? from, string? to)
    {
        var errors = new List<Error>();
        var f = ExportKinds.ParseFormat(format);
        errors.AddRange(f.Errors);
        ExportKind? k = null;
        if (kind is not null)
        {
            var parsed = ExportKinds.Parse(kind);
            errors.AddRange(parsed.Errors);
            if (parsed.IsSuccess) k = parsed.Value;
        }

        var start = Day(from, "from", errors, end: false);
        var end = Day(to, "to", errors, end: true);
        if (errors.Count > 0) return Result<ExportRequest>.Fail(errors);
        return new ExportRequest(f.Value, k, new ExportFilter(mechanism, start, end));
    }

    /// <summary>A filter bound given as a partial date: "2024" means from 1 January or to 31 December 2024.</summary>
    private static DateOnly? Day(string? text, string field, List<Error> errors, bool end)
    {
        if (text is null) return null;
        var date = Domain.Values.PartialDate.Parse(text);
        if (date.IsSuccess && date.Value.HasYear) return end ? date.Value.End : date.Value.Start;
        errors.Add(new Error("export.date.invalid", $"'{text}' is not YYYY, YYYY-MM or YYYY-MM-DD", field));
        return null;
    }
}
