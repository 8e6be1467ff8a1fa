using Concordia.Application.Portal;
using Concordia.Domain.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concordia.Web.Pages.Documents;

public sealed class DetailModel(DocumentQueries queries) : PageModel
{
    public DocumentView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var found = await queries.GetAsync(id, ct);
        if (!found.IsSuccess) return NotFound();
        View = found.Value;
        return Page();
    }

    /// <summary>The page of the registry record a reviewed fact became, for kinds that have one.</summary>
    public string? RecordLink(FactMark fact) => fact.RecordId is not { } id
        ? null
        : fact.Kind switch
        {
            FactKind.Meeting => $"/meetings/{id}",
            FactKind.Person => $"/people/{id}",
            _ => null,
        };
}
