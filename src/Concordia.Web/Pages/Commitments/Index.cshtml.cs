using Concordia.Application.Abstractions;
using Concordia.Application.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concordia.Web.Pages.Commitments;

public sealed record Option(string Code, Label Name);

/// <summary>The tracker; the same filter as query parameters gives the page or, with format=csv, a CSV download.</summary>
public sealed class IndexModel(CommitmentQueries queries, IConcordiaDb db, PortalVocabulary vocabulary) : PageModel
{
    /// <summary>Rows shown on the page; the CSV download holds every row of the filter.</summary>
    public const int PageRows = 500;

    [BindProperty(SupportsGet = true)] public string? Mechanism { get; set; }
    [BindProperty(SupportsGet = true)] public string? Member { get; set; }
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? DueBy { get; set; }
    [BindProperty(SupportsGet = true)] public bool OverdueOnly { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }

    public CommitmentFilter Filter => new(Blank(Mechanism), Blank(Member), Blank(Area), Blank(Status), DueBy, OverdueOnly);
    public TrackerView? View { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public IReadOnlyList<MechanismRef> Mechanisms { get; private set; } = [];
    public IReadOnlyList<Option> Countries { get; private set; } = [];
    public IReadOnlyList<Option> Areas { get; private set; } = [];

    public string CsvUrl => Request.Path + QueryString.Create(Request.Query
        .Where(q => !string.Equals(q.Key, "format", StringComparison.OrdinalIgnoreCase))
        .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
        .Append(new KeyValuePair<string, string?>("format", "csv")));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var found = await queries.FindAsync(Filter, ct);
        if (found.IsSuccess && string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            Response.ContentType = "text/csv; charset=utf-8";
            Response.Headers.ContentDisposition = "attachment; filename=\"commitments.csv\"";
            await using var writer = new StreamWriter(Response.Body, new System.Text.UTF8Encoding(false));
            await CommitmentQueries.WriteCsvAsync(found.Value.Rows, writer, ct);
            return new EmptyResult();
        }

        if (found.IsSuccess) View = found.Value;
        else
        {
            Errors = found.Errors.Select(e => e.Message).ToList();
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadChoicesAsync(ct);
        return Page();
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        var lookups = await vocabulary.GetAsync(db, ct);
        Mechanisms = lookups.Mechanisms.Select(m => lookups.Mechanism(m.Id)!).OrderBy(m => m.ShortName, StringComparer.Ordinal).ToList();
        Countries = lookups.MemberCountries.Select(lookups.Country).Select(c => new Option(c.Code, c.Name))
            .OrderBy(o => Display.Name(o.Name), StringComparer.CurrentCulture).ToList();
        Areas = lookups.Areas.Select(a => new Option(a.Code, lookups.AreaName(a.Code)!))
            .OrderBy(o => Display.Name(o.Name), StringComparer.CurrentCulture).ToList();
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
