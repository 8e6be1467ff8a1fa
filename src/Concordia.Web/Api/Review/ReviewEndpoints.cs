using Concordia.Application.Review;
using Concordia.Application.Search;
using Concordia.Domain;
using Concordia.Domain.Documents;
using Concordia.Web.Infrastructure;

namespace Concordia.Web.Api.Review;

/// <summary>
/// A reviewer's decision on a pending fact; <see cref="Payload"/> (edit) and <see cref="RecordId"/> (merge) as the action
/// needs. <see cref="Outcome"/>, for a meeting fact: whether its document is an outcome of the meeting (a joint or chair's
/// statement); left out, the document's title decides.
/// </summary>
public sealed record ReviewDecisionInput(string? Reviewer, string? Note, string? Payload, Guid? RecordId, bool? Outcome = null);

/// <summary>/api/v1/review (the queue and decisions) and /api/v1/search.</summary>
internal static class ReviewEndpoints
{
    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var review = app.MapGroup("/api/v1/review").WithTags("Review");
        review.MapGet("/", (ReviewQueue queue, int? documents, CancellationToken ct) => queue.PendingAsync(documents ?? 10, ct))
            .WithName("ReviewQueue").WithSummary("Facts waiting for review, grouped by document, oldest first");
        review.MapGet("/records", async (string? kind, string? q, int? limit, RecordFinder finder, CancellationToken ct) =>
            {
                if (!Enum.TryParse<FactKind>(kind, ignoreCase: true, out var k) || !Enum.IsDefined(k))
                    return Problems.From(new Error("review.kind.unknown", $"'{kind}' is not meeting, person or commitment", "kind"));
                var found = await finder.FindAsync(k, q, limit ?? 30, ct);
                return found.IsSuccess ? Results.Ok(found.Value) : Problems.From(found.Errors);
            })
            .WithName("FindMergeRecords")
            .WithSummary("Records of a kind (meeting, person, commitment) a fact could be merged into, found by name, title or action with or without diacritics");
        review.MapPost("/facts/{id:guid}/{action}", async (Guid id, string action, ReviewDecisionInput input, ReviewService s, CancellationToken ct) =>
                ToResult(await DecideAsync(s, id, action, input, ct)))
            .WithName("DecideFact").WithSummary("action: accept, edit (payload, then accepted), reject, or merge (recordId)")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        app.MapGet("/api/v1/search", async (string? q, int? limit, SearchService s, CancellationToken ct) =>
            {
                var found = await s.SearchAsync(q, limit ?? 20, ct);
                return found.IsSuccess ? Results.Ok(found.Value) : Problems.From(found.Errors);
            })
            .WithTags("Search").WithName("Search").WithSummary("Full text over documents and registry names, with or without diacritics");
        return app;
    }

    public static Task<Result<ReviewOutcome>> DecideAsync(ReviewService s, Guid id, string action, ReviewDecisionInput input, CancellationToken ct)
    {
        var reviewer = input.Reviewer ?? "";
        var decision = new Decision(reviewer, input.Note, input.Outcome);
        return action switch
        {
            "accept" => s.AcceptAsync(id, decision, ct),
            "edit" => s.EditAndAcceptAsync(id, input.Payload ?? "", decision, ct),
            "reject" => s.RejectAsync(id, reviewer, input.Note, ct),
            "merge" when input.RecordId is { } record => s.MergeAsync(id, record, decision, ct),
            "merge" => Task.FromResult(Result<ReviewOutcome>.Fail("value.required", "choose the record to merge into", "recordId")),
            _ => Task.FromResult(Result<ReviewOutcome>.Fail("review.action.unknown", $"'{action}' is not accept, edit, reject or merge", "action")),
        };
    }

    private static IResult ToResult(Result<ReviewOutcome> result) =>
        result.IsSuccess ? Results.Ok(result.Value) : Problems.From(result.Errors);
}
