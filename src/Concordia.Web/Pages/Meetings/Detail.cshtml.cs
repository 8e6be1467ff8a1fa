using Concordia.Application.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concordia.Web.Pages.Meetings;

public sealed class DetailModel(MeetingQueries queries) : PageModel
{
    public MeetingView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var found = await queries.GetAsync(id, ct);
        if (!found.IsSuccess) return NotFound();
        View = found.Value;
        return Page();
    }
}
