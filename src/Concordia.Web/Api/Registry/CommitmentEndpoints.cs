using System.Text.Json.Nodes;
using Concordia.Application.Registry;
using Concordia.Web.Api.Infrastructure;

namespace Concordia.Web.Api.Registry;

public sealed record CommitmentQuery(string? Mechanism, Guid? Meeting, string? Status, string? PriorityArea, string? Party, int? Page, int? PageSize);

public sealed record DocumentQuery(string? Language, string? Q, int? Page, int? PageSize);

internal static class CommitmentEndpoints
{
    public static void MapCommitments(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/commitments").WithTags("Commitments");
        g.MapGet("/", ([AsParameters] CommitmentQuery q, CommitmentService s, HttpContext http, CancellationToken ct) =>
                ApiResults.ListAsync(q.Page, q.PageSize,
                    p => s.ListAsync(new CommitmentFilter(q.Mechanism, q.Meeting, q.Status, q.PriorityArea, q.Party), p, ct),
                    CommitmentResponse.Of, http))
            .WithName("ListCommitments").WithSummary("Commitments; party also matches joint undertakings of all members")
            .Lists<CommitmentResponse>();
        g.MapGet("/{id:guid}", async (Guid id, CommitmentService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Record(await s.GetAsync(id, ct), CommitmentResponse.Of, http))
            .WithName("GetCommitment").Reads<CommitmentResponse>();
        g.MapPost("/", async (CommitmentInput input, CommitmentService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Created(await s.CreateAsync(input, ct), CommitmentResponse.Of, c => $"/api/v1/commitments/{c.Id}", http))
            .WithName("CreateCommitment").Creates<CommitmentResponse>();
        g.MapPut("/{id:guid}", async (Guid id, CommitmentInput input, CommitmentService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Record(await s.UpdateAsync(id, input, ApiResults.IfMatch(http), ct), CommitmentResponse.Of, http))
            .WithName("UpdateCommitment").WithSummary("Changes what the undertaking says; its status moves through the follow-up endpoints")
            .Updates<CommitmentResponse>();
        g.MapPatch("/{id:guid}", (Guid id, JsonObject patch, CommitmentService s, HttpContext http, CancellationToken ct) =>
                ApiResults.PatchAsync(patch, () => s.GetAsync(id, ct), CommitmentResponse.ToInput,
                    (input, version) => s.UpdateAsync(id, input, version, ct), CommitmentResponse.Of, http))
            .WithName("PatchCommitment").Patches<CommitmentResponse>();
        g.MapDelete("/{id:guid}", async (Guid id, CommitmentService s, HttpContext http, CancellationToken ct) =>
                ApiResults.NoContent(await s.DeleteAsync(id, ApiResults.IfMatch(http), ct)))
            .WithName("DeleteCommitment").Deletes();
    }

    public static void MapDocuments(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/documents").WithTags("Documents");
        g.MapGet("/", ([AsParameters] DocumentQuery q, DocumentService s, HttpContext http, CancellationToken ct) =>
                ApiResults.ListAsync(q.Page, q.PageSize, p => s.ListAsync(new DocumentFilter(q.Language, q.Q), p, ct),
                    DocumentSummaryResponse.Of, http))
            .WithName("ListDocuments").WithSummary("Source documents without their text, newest first").Lists<DocumentSummaryResponse>();
        g.MapGet("/{id:guid}", async (Guid id, DocumentService s, HttpContext http, CancellationToken ct) =>
                ApiResults.Record(await s.GetAsync(id, ct), DocumentResponse.Of, http))
            .WithName("GetDocument").WithSummary("A source document with its text (documents are created by ingestion)")
            .Reads<DocumentResponse>();
    }
}
