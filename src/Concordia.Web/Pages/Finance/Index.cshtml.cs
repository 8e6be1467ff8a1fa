using Concordia.Application.Portal;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concordia.Web.Pages.Finance;

public sealed class IndexModel(FinanceQueries queries) : PageModel
{
    public FinanceView View { get; private set; } = new([], [], []);

    public async Task OnGetAsync(CancellationToken ct) => View = await queries.GetAsync(ct);
}
