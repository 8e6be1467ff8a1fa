using System.Text.Json.Nodes;
using Concordia.Application.Registry;
using Concordia.Web.Api.Infrastructure;

namespace Concordia.Web.Api.Registry;

public sealed record FundQuery(string? Mechanism, int? Page, int? PageSize);

public sealed record ContributionQuery(Guid? Fund, string? Contributor, int? Year, int? Page, int? PageSize);

public sealed record FlowQuery(string? Provider, string? Recipient, int? FiscalYear, string? Type, int? Page, int? PageSize);

internal static class FinanceEndpoints
{
    public static void MapFunds(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/funds").WithTags("Funds");
        g.MapGet("/", ([AsParameters] FundQuery q, FundService s, HttpContext http, CancellationToken ct) =>
                ApiResults.ListAsync(q.Page, q.PageSize, p => s.ListAsync(new FundFilter(q.Mechanism), p, ct), FundResponse.Of, http))
            .WithName("ListFunds").Lists<FundResponse>();
        g.MapGet("/{id:guid}", async (Guid id, FundService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Record(await s.GetAsync(id, ct), FundResponse.Of, http))
            .WithName("GetFund").Reads<FundResponse>();
        g.MapPost("/", async (FundInput input, FundService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Created(await s.CreateAsync(input, ct), FundResponse.Of, f => $"/api/v1/funds/{f.Id}", http))
            .WithName("CreateFund").Creates<FundResponse>();
        g.MapPut("/{id:guid}", async (Guid id, FundInput input, FundService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Record(await s.UpdateAsync(id, input, ApiResults.IfMatch(http), ct), FundResponse.Of, http))
            .WithName("UpdateFund").Updates<FundResponse>();
        g.MapPatch("/{id:guid}", (Guid id, JsonObject patch, FundService s, HttpContext http, CancellationToken ct) =>
                ApiResults.PatchAsync(patch, () => s.GetAsync(id, ct), FundResponse.ToInput,
                    (input, version) => s.UpdateAsync(id, input, version, ct), FundResponse.Of, http))
            .WithName("PatchFund").Patches<FundResponse>();
        g.MapDelete("/{id:guid}", async (Guid id, FundService s, HttpContext http, CancellationToken ct) =>
                ApiResults.NoContent(await s.DeleteAsync(id, ApiResults.IfMatch(http), ct)))
            .WithName("DeleteFund").WithSummary("Deletes a fund and its contributions").Deletes();
    }

    public static void MapContributions(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/contributions").WithTags("Contributions");
        g.MapGet("/", ([AsParameters] ContributionQuery q, ContributionService s, HttpContext http, CancellationToken ct) =>
                ApiResults.ListAsync(q.Page, q.PageSize, p => s.ListAsync(new ContributionFilter(q.Fund, q.Contributor, q.Year), p, ct),
                    ContributionResponse.Of, http))
            .WithName("ListContributions").Lists<ContributionResponse>();
        g.MapGet("/{id:guid}", async (Guid id, ContributionService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Record(await s.GetAsync(id, ct), ContributionResponse.Of, http))
            .WithName("GetContribution").Reads<ContributionResponse>();
        g.MapPost("/", async (ContributionInput input, ContributionService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Created(await s.CreateAsync(input, ct), ContributionResponse.Of, c => $"/api/v1/contributions/{c.Id}", http))
            .WithName("CreateContribution").WithSummary("Records money paid or pledged into a fund (corrections: delete and record again)")
            .Creates<ContributionResponse>();
        g.MapDelete("/{id:guid}", async (Guid id, ContributionService s, HttpContext http, CancellationToken ct) =>
                ApiResults.NoContent(await s.DeleteAsync(id, ApiResults.IfMatch(http), ct)))
            .WithName("DeleteContribution").Deletes();
    }

    public static void MapFlows(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/flows").WithTags("Flows");
        g.MapGet("/", ([AsParameters] FlowQuery q, FlowService s, HttpContext http, CancellationToken ct) =>
                ApiResults.ListAsync(q.Page, q.PageSize, p => s.ListAsync(new FlowFilter(q.Provider, q.Recipient, q.FiscalYear, q.Type), p, ct),
                    FlowResponse.Of, http))
            .WithName("ListFlows").Lists<FlowResponse>();
        g.MapGet("/{id:guid}", async (Guid id, FlowService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Record(await s.GetAsync(id, ct), FlowResponse.Of, http))
            .WithName("GetFlow").Reads<FlowResponse>();
        g.MapPost("/", async (FlowInput input, FlowService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Created(await s.CreateAsync(input, ct), FlowResponse.Of, f => $"/api/v1/flows/{f.Id}", http))
            .WithName("CreateFlow").Creates<FlowResponse>();
        g.MapPut("/{id:guid}", async (Guid id, FlowInput input, FlowService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Record(await s.UpdateAsync(id, input, ApiResults.IfMatch(http), ct), FlowResponse.Of, http))
            .WithName("UpdateFlow").Updates<FlowResponse>();
        g.MapPatch("/{id:guid}", (Guid id, JsonObject patch, FlowService s, HttpContext http, CancellationToken ct) =>
                ApiResults.PatchAsync(patch, () => s.GetAsync(id, ct), FlowResponse.ToInput,
                    (input, version) => s.UpdateAsync(id, input, version, ct), FlowResponse.Of, http))
            .WithName("PatchFlow").Patches<FlowResponse>();
        g.MapDelete("/{id:guid}", async (Guid id, FlowService s, HttpContext http, CancellationToken ct) =>
                ApiResults.NoContent(await s.DeleteAsync(id, ApiResults.IfMatch(http), ct)))
            .WithName("DeleteFlow").Deletes();
    }
}
