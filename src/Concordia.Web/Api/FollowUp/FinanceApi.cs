using Concordia.Application.Finance;
using Concordia.Domain.Values;
using Concordia.Web.Infrastructure;

namespace Concordia.Web.Api.FollowUp;

/// <summary>/api/v1 finance: fund targets and gaps, flow totals counted once, pledges matched to flows and contributions.</summary>
public static class FinanceApi
{
    public static IEndpointRouteBuilder MapFinanceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Finance");
        api.MapGet("/funds/{id:guid}/report", async (Guid id, FinanceService s, CancellationToken ct) =>
            await s.FundReportAsync(id, ct) is var r && r.IsSuccess ? Results.Ok(FundReportView.From(r.Value)) : Problems.From(r.Errors))
            .WithName("GetFundReport");
        api.MapPut("/funds/{id:guid}/targets", async (Guid id, TargetScheduleRequest request, FinanceService s, CancellationToken ct) =>
            await s.SetTargetsAsync(id, request, ct) is var r && r.IsSuccess
                ? Results.Ok(r.Value.Select(t => new { t.FromYear, t.Amount.Amount, Currency = t.Amount.Currency.Code }))
                : Problems.From(r.Errors)).WithName("SetFundTargets");
        api.MapGet("/flows/totals", async (string? recipient, FinanceService s, CancellationToken ct) =>
        {
            CountryCode? to = null;
            if (recipient is not null)
            {
                var parsed = CountryCode.Parse(recipient);
                if (!parsed.IsSuccess) return Problems.From(parsed.Error!.WithField("recipient"));
                to = parsed.Value;
            }

            return Results.Ok((await s.FlowTotalsAsync(to, ct)).Select(ProviderTotalView.From));
        }).WithName("GetFlowTotals");
        api.MapPost("/commitments/{id:guid}/matches", async (Guid id, PledgeMatchRequest request, FinanceService s, CancellationToken ct) =>
            await s.MatchAsync(id, request, ct) is var r && r.IsSuccess
                ? Results.Created($"/api/v1/commitments/{id}/progress", new { r.Value.Id, r.Value.CommitmentId, r.Value.FlowId, r.Value.ContributionId })
                : Problems.From(r.Errors)).WithName("MatchPledge");
        api.MapGet("/commitments/{id:guid}/progress", async (Guid id, FinanceService s, CancellationToken ct) =>
            await s.PledgeProgressAsync(id, ct) is var r && r.IsSuccess ? Results.Ok(r.Value) : Problems.From(r.Errors))
            .WithName("GetPledgeProgress");
        return app;
    }
}
