using System.Text.Json.Nodes;
using Concordia.Application.Registry;
using Concordia.Web.Api.Infrastructure;

namespace Concordia.Web.Api.Registry;

public sealed record MeetingQuery(
    string? Mechanism, string? Kind, string? Status, string? Country, string? From, string? To, int? Page, int? PageSize);

public sealed record PersonQuery(string? Q, string? Country, int? Page, int? PageSize);

public sealed record StrategyQuery(string? Mechanism, int? Page, int? PageSize);

internal static class MeetingEndpoints
{
    public static void MapMeetings(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/meetings").WithTags("Meetings");
        g.MapGet("/", ([AsParameters] MeetingQuery q, MeetingService s, HttpContext http, CancellationToken ct) =>
                ApiResults.ListAsync(q.Page, q.PageSize,
                    p => s.ListAsync(new MeetingFilter(q.Mechanism, q.Kind, q.Status, q.Country, q.From, q.To), p, ct), MeetingResponse.Of, http))
            .WithName("ListMeetings").WithSummary("Meetings in date order; from/to (ISO date prefixes) bound their start").Lists<MeetingResponse>();
        g.MapGet("/{id:guid}", async (Guid id, MeetingService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Record(await s.GetAsync(id, ct), MeetingResponse.Of, http))
            .WithName("GetMeeting").Reads<MeetingResponse>();
        g.MapPost("/", async (MeetingInput input, MeetingService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Created(await s.CreateAsync(input, ct), MeetingResponse.Of, m => $"/api/v1/meetings/{m.Id}", http))
            .WithName("CreateMeeting").WithSummary("Records a meeting; its ordinal is unique in its (mechanism, kind) and rises with dates")
            .Creates<MeetingResponse>();
        g.MapPut("/{id:guid}", async (Guid id, MeetingInput input, MeetingService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Record(await s.UpdateAsync(id, input, ApiResults.IfMatch(http), ct), MeetingResponse.Of, http))
            .WithName("UpdateMeeting").Updates<MeetingResponse>();
        g.MapPatch("/{id:guid}", (Guid id, JsonObject patch, MeetingService s, HttpContext http, CancellationToken ct) =>
                ApiResults.PatchAsync(patch, () => s.GetAsync(id, ct), MeetingResponse.ToInput,
                    (input, version) => s.UpdateAsync(id, input, version, ct), MeetingResponse.Of, http))
            .WithName("PatchMeeting").Patches<MeetingResponse>();
        g.MapDelete("/{id:guid}", async (Guid id, MeetingService s, HttpContext http, CancellationToken ct) =>
                ApiResults.NoContent(await s.DeleteAsync(id, ApiResults.IfMatch(http), ct)))
            .WithName("DeleteMeeting").Deletes();
        g.MapMeetingDocuments();
    }

    private static void MapMeetingDocuments(this RouteGroupBuilder g)
    {
        g.MapGet("/{id:guid}/documents", async (Guid id, MeetingDocumentService s, CancellationToken ct) =>
                ApiResults.Value(await s.ListAsync(id, ct), docs => docs.Select(MeetingDocumentResponse.Of).ToList()))
            .WithName("ListMeetingDocuments")
            .WithSummary("The meeting's outcome documents (role outcome), then the documents that report it (role report), with their cited passages")
            .Produces<List<MeetingDocumentResponse>>().ProducesProblem(StatusCodes.Status404NotFound);
        g.MapPut("/{id:guid}/outcomes/{documentId:guid}", async (Guid id, Guid documentId, MeetingDocumentService s, CancellationToken ct) =>
                ApiResults.Value(await s.MarkOutcomeAsync(id, documentId, ct), MeetingDocumentResponse.Of))
            .WithName("MarkMeetingOutcome").WithSummary("Marks a document as an outcome of the meeting (a joint or chair's statement); idempotent")
            .Produces<MeetingDocumentResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        g.MapDelete("/{id:guid}/outcomes/{documentId:guid}", async (Guid id, Guid documentId, MeetingDocumentService s, CancellationToken ct) =>
                ApiResults.NoContent(await s.UnmarkOutcomeAsync(id, documentId, ct)))
            .WithName("UnmarkMeetingOutcome").WithSummary("The document is no outcome of the meeting (it may still report it)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static void MapPeople(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/people").WithTags("People");
        g.MapGet("/", ([AsParameters] PersonQuery q, PersonService s, HttpContext http, CancellationToken ct) =>
                ApiResults.ListAsync(q.Page, q.PageSize, p => s.ListAsync(new PersonFilter(q.Q, q.Country), p, ct), PersonResponse.Of, http))
            .WithName("ListPeople").WithSummary("People whose name has every word of q, with or without diacritics").Lists<PersonResponse>();
        g.MapGet("/{id:guid}", async (Guid id, PersonService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Record(await s.GetAsync(id, ct), PersonResponse.Of, http))
            .WithName("GetPerson").Reads<PersonResponse>();
        g.MapPost("/", async (PersonInput input, PersonService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Created(await s.CreateAsync(input, ct), PersonResponse.Of, p => $"/api/v1/people/{p.Id}", http))
            .WithName("CreatePerson").Creates<PersonResponse>();
        g.MapPut("/{id:guid}", async (Guid id, PersonInput input, PersonService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Record(await s.UpdateAsync(id, input, ApiResults.IfMatch(http), ct), PersonResponse.Of, http))
            .WithName("UpdatePerson").WithSummary("Changes name and country; roles are added with POST /people/{id}/roles")
            .Updates<PersonResponse>();
        g.MapPatch("/{id:guid}", (Guid id, JsonObject patch, PersonService s, HttpContext http, CancellationToken ct) =>
                ApiResults.PatchAsync(patch, () => s.GetAsync(id, ct), PersonResponse.ToInput,
                    (input, version) => s.UpdateAsync(id, input, version, ct), PersonResponse.Of, http))
            .WithName("PatchPerson").Patches<PersonResponse>();
        g.MapPost("/{id:guid}/roles", async (Guid id, RoleInput input, PersonService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Record(await s.AddRoleAsync(id, input, ApiResults.IfMatch(http), ct), PersonResponse.Of, http))
            .WithName("AddPersonRole").WithSummary("Adds a dated title to a person").Updates<PersonResponse>();
        g.MapDelete("/{id:guid}", async (Guid id, PersonService s, HttpContext http, CancellationToken ct) =>
                ApiResults.NoContent(await s.DeleteAsync(id, ApiResults.IfMatch(http), ct)))
            .WithName("DeletePerson").Deletes();
    }

    public static void MapStrategies(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/strategies").WithTags("Strategies");
        g.MapGet("/", ([AsParameters] StrategyQuery q, StrategyService s, HttpContext http, CancellationToken ct) =>
                ApiResults.ListAsync(q.Page, q.PageSize, p => s.ListAsync(new StrategyFilter(q.Mechanism), p, ct), StrategyResponse.Of, http))
            .WithName("ListStrategies").Lists<StrategyResponse>();
        g.MapGet("/{id:guid}", async (Guid id, StrategyService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Record(await s.GetAsync(id, ct), StrategyResponse.Of, http))
            .WithName("GetStrategy").Reads<StrategyResponse>();
        g.MapPost("/", async (StrategyInput input, StrategyService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Created(await s.CreateAsync(input, ct), StrategyResponse.Of, x => $"/api/v1/strategies/{x.Id}", http))
            .WithName("CreateStrategy").Creates<StrategyResponse>();
        g.MapPut("/{id:guid}", async (Guid id, StrategyInput input, StrategyService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Record(await s.UpdateAsync(id, input, ApiResults.IfMatch(http), ct), StrategyResponse.Of, http))
            .WithName("UpdateStrategy").WithSummary("Changes name, period and adoption date; mechanism and pillars are fixed")
            .Updates<StrategyResponse>();
        g.MapPatch("/{id:guid}", (Guid id, JsonObject patch, StrategyService s, HttpContext http, CancellationToken ct) =>
                ApiResults.PatchAsync(patch, () => s.GetAsync(id, ct), StrategyResponse.ToInput,
                    (input, version) => s.UpdateAsync(id, input, version, ct), StrategyResponse.Of, http))
            .WithName("PatchStrategy").Patches<StrategyResponse>();
        g.MapDelete("/{id:guid}", async (Guid id, StrategyService s, HttpContext http, CancellationToken ct) =>
                ApiResults.NoContent(await s.DeleteAsync(id, ApiResults.IfMatch(http), ct)))
            .WithName("DeleteStrategy").Deletes();
    }
}
