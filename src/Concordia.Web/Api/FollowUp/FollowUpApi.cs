using System.Globalization;
using Concordia.Application.Exports;
using Concordia.Application.FollowUp;
using Concordia.Domain.FollowUp;
using Concordia.Web.Api.Infrastructure;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Api.FollowUp;

/// <summary>A commitment with its status history, as the follow-up API returns it.</summary>
public sealed record CommitmentView(CommitmentRow Commitment, IReadOnlyList<StatusHistoryRow> History, long Version)
{
    public static CommitmentView From(Commitment c) => new(FollowUpRows.From(c), FollowUpRows.History(c).ToList(), c.Version);
}

public sealed record OverdueView(CommitmentRow Commitment, string DeadlineEnd, int DaysOverdue);

/// <summary>/api/v1 follow-up: status changes with evidence, overdue, compliance, lineage, bulk status updates; and finance.</summary>
public static class FollowUpApi
{
    public static IEndpointRouteBuilder MapFollowUpApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Follow-up");
        api.MapPost("/commitments/{id:guid}/status", ChangeStatusAsync).WithName("ChangeCommitmentStatus")
            .WithSummary("Moves a commitment's status on a day (default today) with evidence: a document span, or a URL and a note")
            .Updates<CommitmentView>();
        api.MapGet("/commitments/overdue", async (string? mechanism, FollowUpService s, CancellationToken ct) =>
            TypedResults.Ok((await s.OverdueAsync(mechanism, ct))
                .Select(o => new OverdueView(FollowUpRows.From(o.Commitment), o.DeadlineEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), o.DaysOverdue))))
            .WithName("ListOverdueCommitments").WithSummary("Open commitments whose whole deadline period has passed, most overdue first")
            .Produces<OverdueView[]>();
        api.MapGet("/compliance", async (string? mechanism, int? from, int? to, FollowUpService s, CancellationToken ct) =>
            TypedResults.Ok(await s.ComplianceAsync(mechanism, from, to, ct))).WithName("GetCompliance")
            .WithSummary("Compliance −1/0/+1 rolled up per mechanism, member, priority area and year (from/to: years the commitments were made)");
        api.MapPost("/commitments/{id:guid}/links", async (Guid id, LinkRequest request, FollowUpService s, CancellationToken ct) =>
            await s.LinkAsync(id, request, ct) is var link && link.IsSuccess
                ? Results.Created($"/api/v1/commitments/{id}/links/{link.Value.Id}", LinkView.From(link.Value))
                : Problems.From(link.Errors)).WithName("LinkCommitment")
            .WithSummary("Links a commitment to a later meeting that reaffirmed, changed or dropped it").Creates<LinkView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/mechanisms/{id}/lineage", async (string id, FollowUpService s, CancellationToken ct) =>
            TypedResults.Ok((await s.LineageAsync(id, ct)).Select(LineageThreadView.From))).WithName("GetCommitmentLineage")
            .WithSummary("A mechanism's commitments followed across its numbered meetings");
        api.MapPost("/commitments/status-updates", ImportStatusesAsync).Accepts<string>("text/csv").WithName("BulkUpdateCommitmentStatus")
            .WithSummary("Applies a CSV of status changes all or nothing; ?dryRun=true only checks. Bad rows are reported as \"line N: field\"")
            .Produces<StatusImportReport>().ProducesValidationProblem();
        app.MapFinanceApi();
        return app;
    }

    private static async Task<IResult> ChangeStatusAsync(Guid id, StatusChangeRequest request, FollowUpService service, HttpContext http,
        CancellationToken ct)
    {
        var expected = ETags.ExpectedVersion(http.Request);
        try
        {
            var result = await service.ChangeStatusAsync(id, request, expected, ct);
            if (!result.IsSuccess) return Problems.From(result.Errors);
            ETags.Set(http.Response, result.Value.Version);
            return TypedResults.Ok(CommitmentView.From(result.Value));
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.PreconditionFailed($"commitment {id} has changed since version {expected}");
        }
    }

    /// <summary>Body: the bulk status CSV. ?dryRun=true checks only. Bad rows come back as problem details keyed "line N: field".</summary>
    private static async Task<IResult> ImportStatusesAsync(HttpRequest request, bool? dryRun, FollowUpService service, CancellationToken ct)
    {
        // Read first: the CSV reader is synchronous, and Kestrel refuses synchronous body reads.
        using var body = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        var text = await body.ReadToEndAsync(ct);
        var report = await service.ImportStatusesAsync(new StringReader(text), dryRun ?? false, ct);
        if (report.Errors.Count == 0) return TypedResults.Ok(report);
        return Problems.From(report.Errors.Select(e => e.Error with { Field = $"line {e.Line}: {e.Error.Field}" }).ToList());
    }
}
