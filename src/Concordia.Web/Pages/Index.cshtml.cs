using Concordia.Application.Portal;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concordia.Web.Pages;

public sealed class IndexModel(HomeQueries queries) : PageModel
{
    public HomeView View { get; private set; } = new([], 0, []);

    public async Task OnGetAsync(CancellationToken ct) => View = await queries.GetAsync(ct);
}
