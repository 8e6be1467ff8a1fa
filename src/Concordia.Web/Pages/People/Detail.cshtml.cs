using Concordia.Application.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concordia.Web.Pages.People;

public sealed class DetailModel(PersonQueries queries) : PageModel
{
    public PersonView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var found = await queries.GetAsync(id, ct);
        if (!found.IsSuccess) return NotFound();
        View = found.Value;
        return Page();
    }
}
