using Concordia.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concordia.Web.Infrastructure;

/// <summary>
/// The one place where expected failures become RFC 9457 problem documents: validation errors are 400 with an
/// "errors" member naming each bad field, "*.not-found" is 404, "*.conflict" is 409 (a duplicate field value such
/// as a meeting ordinal is a validation error, 400), a stale version is 412.
/// </summary>
public static class Problems
{
    public static IResult From(IReadOnlyList<Error> errors)
    {
        if (errors.Count == 0) throw new ArgumentException("No errors to report", nameof(errors));
        var first = errors[0];
        if (first.Code.EndsWith(".not-found", StringComparison.Ordinal) || first.Code == "not-found")
            return NotFound(first.Message);
        if (first.Code == "version.stale")
            return TypedResults.Problem(first.Message, statusCode: StatusCodes.Status412PreconditionFailed, title: "The record has changed",
                type: "https://concordia.example/problems/version-stale");
        if (first.Code.EndsWith(".conflict", StringComparison.Ordinal))
            return TypedResults.Problem(first.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict",
                type: "https://concordia.example/problems/conflict");

        var byField = errors
            .GroupBy(e => e.Field ?? "")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        return TypedResults.ValidationProblem(byField, title: "The request has invalid fields",
            type: "https://concordia.example/problems/validation",
            extensions: new Dictionary<string, object?> { ["codes"] = errors.Select(e => new { e.Field, e.Code }).ToArray() });
    }

    public static IResult From(Error error) => From([error]);

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found",
            type: "https://concordia.example/problems/not-found");

    public static IResult PreconditionFailed(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status412PreconditionFailed, title: "The record has changed",
            type: "https://concordia.example/problems/version-stale");
}
