using System.Text.Json.Nodes;
using Concordia.Application.Registry;
using Concordia.Web.Api.Infrastructure;

namespace Concordia.Web.Api.Registry;

public sealed record MechanismQuery(string? Country, string? Q, int? Page, int? PageSize);

public sealed record MembershipQuery(string? Mechanism, string? Country, string? Kind, int? Page, int? PageSize);

internal static class MechanismEndpoints
{
    public static void MapMechanisms(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/mechanisms").WithTags("Mechanisms");
        g.MapGet("/", ([AsParameters] MechanismQuery q, MechanismService s, HttpContext http, CancellationToken ct) =>
                ApiResults.ListAsync(q.Page, q.PageSize, p => s.ListAsync(new MechanismFilter(q.Country, q.Q), p, ct), MechanismResponse.Of, http))
            .WithName("ListMechanisms").WithSummary("Mechanisms, optionally those a country belongs to or matching a text").Lists<MechanismResponse>();
        g.MapGet("/{id}", async (string id, MechanismService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Record(await s.GetAsync(id, ct), MechanismResponse.Of, http))
            .WithName("GetMechanism").WithSummary("A mechanism by its slug id (mekong-japan), with members and chairs").Reads<MechanismResponse>();
        g.MapGet("/{id}/series", async (string id, MechanismService s, CancellationToken ct) =>
                ApiResults.Value(await s.SeriesAsync(id, ct), series => series.Select(MeetingSeriesResponse.Of).ToList()))
            .WithName("GetMechanismSeries").WithSummary("The mechanism's meetings per kind with intervals and resumptions after long gaps")
            .Produces<List<MeetingSeriesResponse>>().ProducesProblem(StatusCodes.Status404NotFound);
        g.MapPost("/", async (MechanismInput input, MechanismService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Created(await s.CreateAsync(input, ct), MechanismResponse.Of, m => $"/api/v1/mechanisms/{m.Id}", http))
            .WithName("CreateMechanism").Creates<MechanismResponse>();
        g.MapPut("/{id}", async (string id, MechanismInput input, MechanismService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Record(await s.UpdateAsync(id, input, ApiResults.IfMatch(http), ct), MechanismResponse.Of, http))
            .WithName("UpdateMechanism").Updates<MechanismResponse>();
        g.MapPatch("/{id}", (string id, JsonObject patch, MechanismService s, HttpContext http, CancellationToken ct) =>
                ApiResults.PatchAsync(patch, () => s.GetAsync(id, ct), MechanismResponse.ToInput,
                    (input, version) => s.UpdateAsync(id, input, version, ct), MechanismResponse.Of, http))
            .WithName("PatchMechanism").Patches<MechanismResponse>();
        g.MapDelete("/{id}", async (string id, MechanismService s, HttpContext http, CancellationToken ct) =>
                ApiResults.NoContent(await s.DeleteAsync(id, ApiResults.IfMatch(http), ct)))
            .WithName("DeleteMechanism").WithSummary("Deletes a mechanism and its memberships, unless other records refer to it").Deletes();
    }

    public static void MapMemberships(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/memberships").WithTags("Memberships");
        g.MapGet("/", ([AsParameters] MembershipQuery q, MembershipService s, HttpContext http, CancellationToken ct) =>
                ApiResults.ListAsync(q.Page, q.PageSize, p => s.ListAsync(new MembershipFilter(q.Mechanism, q.Country, q.Kind), p, ct),
                    MembershipResponse.Of, http))
            .WithName("ListMemberships").Lists<MembershipResponse>();
        g.MapGet("/{id:guid}", async (Guid id, MembershipService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Record(await s.GetAsync(id, ct), MembershipResponse.Of, http))
            .WithName("GetMembership").Reads<MembershipResponse>();
        g.MapPost("/", async (MembershipInput input, MembershipService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Created(await s.CreateAsync(input, ct), MembershipResponse.Of, m => $"/api/v1/memberships/{m.Id}", http))
            .WithName("CreateMembership").WithSummary("Records a membership; a country's memberships of one mechanism may not overlap")
            .Creates<MembershipResponse>();
        g.MapPut("/{id:guid}", async (Guid id, MembershipInput input, MembershipService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Record(await s.UpdateAsync(id, input, ApiResults.IfMatch(http), ct), MembershipResponse.Of, http))
            .WithName("UpdateMembership").WithSummary("Changes a membership's period (mechanism, country and kind are fixed)")
            .Updates<MembershipResponse>();
        g.MapPatch("/{id:guid}", (Guid id, JsonObject patch, MembershipService s, HttpContext http, CancellationToken ct) =>
                ApiResults.PatchAsync(patch, () => s.GetAsync(id, ct), MembershipResponse.ToInput,
                    (input, version) => s.UpdateAsync(id, input, version, ct), MembershipResponse.Of, http))
            .WithName("PatchMembership").Patches<MembershipResponse>();
        g.MapDelete("/{id:guid}", async (Guid id, MembershipService s, HttpContext http, CancellationToken ct) =>
                ApiResults.NoContent(await s.DeleteAsync(id, ApiResults.IfMatch(http), ct)))
            .WithName("DeleteMembership").Deletes();
    }
}
