using Concordia.Application.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concordia.Web.Pages.Search;

public sealed class IndexModel(SearchService search) : PageModel
{
    public string Query { get; private set; } = "";
    public SearchResults? Results { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(string? q, CancellationToken ct)
    {
        Query = q ?? "";
        if (string.IsNullOrWhiteSpace(q)) return;
        var found = await search.SearchAsync(q, 30, ct);
        if (found.IsSuccess) Results = found.Value;
        else Errors = found.Errors.Select(e => e.Message).ToList();
    }
}
