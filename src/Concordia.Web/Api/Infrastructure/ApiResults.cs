using System.Text.Json.Nodes;
using Concordia.Application.Registry;
using Concordia.Domain;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Concordia.Web.Api.Infrastructure;

/// <summary>
/// Turns use-case results into HTTP responses: failures through <see cref="Problems"/>, records with their ETag,
/// lists with their Link header, creations with 201 and a Location.
/// </summary>
internal static class ApiResults
{
    public static async Task<IResult> ListAsync<T, TOut>(int? page, int? pageSize, Func<PageRequest, Task<Result<Page<T>>>> list,
        Func<T, TOut> map, HttpContext http)
    {
        var request = PageRequest.Create(page, pageSize);
        if (!request.IsSuccess) return Problems.From(request.Errors);
        var result = await list(request.Value);
        return result.IsSuccess ? TypedResults.Ok(Paging.Respond(result.Value, map, http)) : Problems.From(result.Errors);
    }

    /// <summary>A record with its ETag; 304 when If-None-Match already names its version.</summary>
    public static IResult Record<T, TOut>(Result<T> result, Func<T, TOut> map, HttpContext http) where T : Entity
    {
        if (!result.IsSuccess) return Problems.From(result.Errors);
        ETags.Set(http.Response, result.Value.Version);
        if (HttpMethods.IsGet(http.Request.Method) && ETags.IsNotModified(http.Request, result.Value.Version))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Ok(map(result.Value));
    }

    /// <summary>A computed value (no version of its own, so no ETag).</summary>
    public static IResult Value<T, TOut>(Result<T> result, Func<T, TOut> map) =>
        result.IsSuccess ? TypedResults.Ok(map(result.Value)) : Problems.From(result.Errors);

    public static IResult Created<T, TOut>(Result<T> result, Func<T, TOut> map, Func<T, string> location, HttpContext http) where T : Entity
    {
        if (!result.IsSuccess) return Problems.From(result.Errors);
        ETags.Set(http.Response, result.Value.Version);
        return TypedResults.Created(location(result.Value), map(result.Value));
    }

    public static IResult NoContent(Result<Deleted> result) =>
        result.IsSuccess ? TypedResults.NoContent() : Problems.From(result.Errors);

    /// <summary>
    /// Applies a JSON merge patch to the record's current input shape and updates it with the result. Without If-Match
    /// the version read here is expected, so a change made between the read and the write is not lost.
    /// </summary>
    public static async Task<IResult> PatchAsync<T, TInput, TOut>(JsonObject patch, Func<Task<Result<T>>> read, Func<T, TInput> toInput,
        Func<TInput, IReadOnlyList<long>, Task<Result<T>>> update, Func<T, TOut> map, HttpContext http) where T : Entity
    {
        var current = await read();
        if (!current.IsSuccess) return Problems.From(current.Errors);
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var input = MergePatch.Apply(toInput(current.Value), patch, options);
        if (!input.IsSuccess) return Problems.From(input.Errors);
        var expected = ETags.ExpectedVersions(http.Request) ?? [current.Value.Version];
        return Record(await update(input.Value, expected), map, http);
    }

    public static IReadOnlyList<long>? IfMatch(HttpContext http) => ETags.ExpectedVersions(http.Request);
}

/// <summary>The OpenAPI metadata every kind of endpoint shares.</summary>
internal static class EndpointMetadata
{
    public static RouteHandlerBuilder Lists<T>(this RouteHandlerBuilder b) =>
        b.Produces<PageResponse<T>>().ProducesValidationProblem();

    public static RouteHandlerBuilder Reads<T>(this RouteHandlerBuilder b) =>
        b.Produces<T>().Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status404NotFound);

    public static RouteHandlerBuilder Creates<T>(this RouteHandlerBuilder b) =>
        b.Produces<T>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

    public static RouteHandlerBuilder Updates<T>(this RouteHandlerBuilder b) =>
        b.Produces<T>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    public static RouteHandlerBuilder Patches<T>(this RouteHandlerBuilder b) =>
        b.Accepts<JsonObject>(MergePatch.MediaType, "application/json").Updates<T>();

    public static RouteHandlerBuilder Deletes(this RouteHandlerBuilder b) =>
        b.Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
