using Concordia.Application.Abstractions;
using Concordia.Application.Portal;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concordia.Web.Pages.Mechanisms;

/// <summary>Every mechanism by name; the home page shows at most a hundred.</summary>
public sealed class IndexModel(IConcordiaDb db, PortalVocabulary vocabulary) : PageModel
{
    public IReadOnlyList<MechanismRef> Mechanisms { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var lookups = await vocabulary.GetAsync(db, ct);
        Mechanisms = lookups.Mechanisms.Select(m => lookups.Mechanism(m.Id)!).ToList();
    }
}
