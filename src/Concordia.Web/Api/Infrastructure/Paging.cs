using System.Globalization;
using Concordia.Application.Registry;
using Microsoft.AspNetCore.WebUtilities;

namespace Concordia.Web.Api.Infrastructure;

/// <summary>One page of a list: the items, the page number (from 1), the page size, the total count and the number of pages.</summary>
public sealed record PageResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, int PageCount);

/// <summary>Builds list responses and their RFC 8288 Link header (first, prev, next, last).</summary>
internal static class Paging
{
    public static PageResponse<TOut> Respond<T, TOut>(Page<T> page, Func<T, TOut> map, HttpContext http)
    {
        http.Response.Headers.Link = Links(http.Request, page);
        return new PageResponse<TOut>(page.Items.Select(map).ToList(), page.Number, page.Size, page.Total, page.PageCount);
    }

    private static string Links<T>(HttpRequest request, Page<T> page)
    {
        var links = new List<string> { Link(request, 1, "first") };
        if (page.Number > 1) links.Add(Link(request, Math.Min(page.Number - 1, page.PageCount), "prev"));
        if (page.Number < page.PageCount) links.Add(Link(request, page.Number + 1, "next"));
        links.Add(Link(request, page.PageCount, "last"));
        return string.Join(", ", links);
    }

    private static string Link(HttpRequest request, int number, string rel)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(kv => !kv.Key.Equals("page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)))
            .Append(new KeyValuePair<string, string?>("page", number.ToString(CultureInfo.InvariantCulture)));
        return $"<{request.PathBase}{request.Path}{QueryString.Create(query)}>; rel=\"{rel}\"";
    }
}
