using System.Text.Json;
using System.Text.RegularExpressions;
using Concordia.Domain;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;

namespace Concordia.Web.Api.Infrastructure;

/// <summary>
/// Requests the endpoints cannot even bind — a number that is text, malformed JSON, a query value of the wrong type —
/// become problem documents naming the field, like any other validation error. Endpoints throw these
/// (<see cref="RouteHandlerOptions.ThrowOnBadRequest"/>) so that they arrive here instead of as bare 400s.
/// </summary>
internal sealed partial class BindingProblems : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        var result = bad.StatusCode == StatusCodes.Status400BadRequest
            ? Problems.From(ErrorOf(bad))
            : TypedResults.Problem(bad.Message, statusCode: bad.StatusCode);
        await result.ExecuteAsync(httpContext);
        return true;
    }

    private static Error ErrorOf(BadHttpRequestException bad)
    {
        // A value of the wrong type carries the converter's error inside; a syntax error carries the reader's (a JsonException).
        if (bad.InnerException is JsonException { Path: { Length: > 1 } path, InnerException: not JsonException })
        {
            var field = path.TrimStart('$', '.');
            return new Error("request.field.type", $"'{field}' has the wrong type or format", field);
        }

        if (BoundParameter().Match(bad.Message) is { Success: true } m)
        {
            var name = m.Groups["name"].Value;
            var field = char.ToLowerInvariant(name[0]) + name[1..];
            return new Error("request.parameter.type", $"'{m.Groups["value"].Value}' is not a valid {field}", field);
        }

        return new Error("request.unreadable",
            bad.InnerException is JsonException ? "the body is not valid JSON" : "the request needs a JSON body", "body");
    }

    // The framework's message: Failed to bind parameter "Nullable<int> Page" from "abc".
    [GeneratedRegex("""Failed to bind parameter "(?:[^"]* )?(?<name>\w+)" from "(?<value>[^"]*)"\.""")]
    private static partial Regex BoundParameter();
}
