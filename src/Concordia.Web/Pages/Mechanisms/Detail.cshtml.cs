using Concordia.Application.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concordia.Web.Pages.Mechanisms;

public sealed class DetailModel(MechanismQueries queries) : PageModel
{
    public MechanismView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var found = await queries.GetAsync(id, ct);
        if (!found.IsSuccess) return NotFound();
        View = found.Value;
        return Page();
    }
}
