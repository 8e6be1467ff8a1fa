using Concordia.Application.Finance;
using Concordia.Domain.Values;
using Concordia.Web.Api.Infrastructure;
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
            .WithName("GetFundReport").WithSummary("Targets, paid and pledged contributions and the gap per year, in the target's currency")
            .Produces<FundReportView>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/funds/{id:guid}/targets", async (Guid id, TargetScheduleRequest request, FinanceService s, CancellationToken ct) =>
            await s.SetTargetsAsync(id, request, ct) is var r && r.IsSuccess
                ? Results.Ok(r.Value.Select(t => new { t.FromYear, t.Amount.Amount, Currency = t.Amount.Currency.Code }))
                : Problems.From(r.Errors)).WithName("SetFundTargets")
            .WithSummary("Replaces a fund's targets with one rising in equal yearly steps").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
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
        }).WithName("GetFlowTotals").WithSummary("USD per provider and fiscal year, split by channel; a flow inside another is counted once")
            .Produces<ProviderTotalView[]>().ProducesValidationProblem();
        api.MapPost("/commitments/{id:guid}/matches", async (Guid id, PledgeMatchRequest request, FinanceService s, CancellationToken ct) =>
            await s.MatchAsync(id, request, ct) is var r && r.IsSuccess
                ? Results.Created($"/api/v1/commitments/{id}/progress", new { r.Value.Id, r.Value.CommitmentId, r.Value.FlowId, r.Value.ContributionId })
                : Problems.From(r.Errors)).WithName("MatchPledge")
            .WithSummary("Matches a pledge to a flow or a contribution that fulfils it").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/commitments/{id:guid}/progress", async (Guid id, FinanceService s, CancellationToken ct) =>
            await s.PledgeProgressAsync(id, ct) is var r && r.IsSuccess ? Results.Ok(r.Value) : Problems.From(r.Errors))
            .WithName("GetPledgeProgress").WithSummary("Delivered USD against the pledge's target, without counting a flow and its parent twice")
            .Produces<PledgeProgress>().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
