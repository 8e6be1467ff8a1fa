using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Concordia.Web.Api.Infrastructure;

/// <summary>
/// Entity tags are a record's version, quoted: version 3 is <c>"3"</c>. If-Match is optional: without it (or with
/// <c>*</c>) a write is unconditional; with it, a write succeeds only if one of the tags names the stored version.
/// </summary>
public static class ETags
{
    /// <summary>A version no record has: an If-Match that cannot be read never matches.</summary>
    public const long Unmatchable = -1;

    public static string For(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void Set(HttpResponse response, long version) => response.Headers.ETag = For(version);

    /// <summary>
    /// The versions a write accepts from If-Match (any of its tags): null when there is none or it is <c>*</c>; empty
    /// when no tag names a version, so nothing matches.
    /// </summary>
    public static IReadOnlyList<long>? ExpectedVersions(HttpRequest request)
    {
        var values = request.Headers.IfMatch;
        if (values.Count == 0) return null;
        if (!EntityTagHeaderValue.TryParseList(values, out var tags) || tags.Count == 0) return [];
        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any))) return null;
        return tags.Select(t => TryVersion(t, out var v) ? v : Unmatchable).Where(v => v != Unmatchable).ToList();
    }

    /// <summary>The first version If-Match names, for writes that expect a single one: null when there is none or <c>*</c>.</summary>
    public static long? ExpectedVersion(HttpRequest request) =>
        ExpectedVersions(request) is { } versions ? versions.Count > 0 ? versions[0] : Unmatchable : null;

    /// <summary>True when If-None-Match names <paramref name="version"/>, so a GET can answer 304.</summary>
    public static bool IsNotModified(HttpRequest request, long version) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || (TryVersion(t, out var v) && v == version));

    private static bool TryVersion(EntityTagHeaderValue tag, out long version) =>
        long.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out version);
}
