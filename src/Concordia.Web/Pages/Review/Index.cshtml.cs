using Concordia.Application.Review;
using Concordia.Domain;
using Concordia.Domain.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concordia.Web.Pages.Review;

/// <summary>
/// The review queue. Each fact has one form (works without JavaScript, antiforgery-checked) whose buttons accept,
/// edit then accept, reject, or merge into a chosen record; after a decision the page redirects back (POST-redirect-GET).
/// </summary>
public sealed class IndexModel(ReviewQueue queue, ReviewService review) : PageModel
{
    public const string ReviewerCookie = "concordia-reviewer";

    public ReviewQueuePage? Queue { get; private set; }
    public string Reviewer { get; private set; } = "";
    public IReadOnlyList<Error> Errors { get; private set; } = [];
    public Guid? FailedFact { get; private set; }

    [FromQuery(Name = "done")] public string? Done { get; set; }
    [FromQuery(Name = "kind")] public string? DoneKind { get; set; }
    [FromQuery(Name = "record")] public Guid? DoneRecord { get; set; }

    /// <summary>The fact whose merge choices are searched for (a GET form per fact, so it works without JavaScript).</summary>
    [FromQuery(Name = "pick")] public Guid? Pick { get; set; }

    [FromQuery(Name = "q")] public string? Query { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Reviewer = Request.Cookies[ReviewerCookie] ?? "";
        var search = Pick is { } fact && !string.IsNullOrWhiteSpace(Query) ? new MergeSearch(fact, Query.Trim()) : null;
        Queue = await queue.PendingAsync(10, search, ct);
    }

    /// <summary>Kinds of fact that can be merged into an existing record.</summary>
    public static bool CanMerge(FactKind kind) => kind is FactKind.Meeting or FactKind.Person or FactKind.Commitment;

    /// <param name="outcome">For a meeting fact: the checkbox's "true", else the hidden field's "false" that follows it.</param>
    public async Task<IActionResult> OnPostAsync(Guid factId, string decision, string? reviewer, string? note, string? payload, Guid? recordId,
        bool? outcome, CancellationToken ct)
    {
        Reviewer = reviewer?.Trim() ?? "";
        var result = await Api.Review.ReviewEndpoints.DecideAsync(review, factId, decision, new(Reviewer, note, payload, recordId, outcome), ct);
        if (Reviewer.Length > 0)
            Response.Cookies.Append(ReviewerCookie, Reviewer, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, MaxAge = TimeSpan.FromDays(90) });
        if (result.IsSuccess)
        {
            var o = result.Value;
            return Redirect($"/review?done={o.State.ToString().ToLowerInvariant()}&kind={o.Kind.ToString().ToLowerInvariant()}" +
                            (o.RecordId is { } id ? $"&record={id}" : ""));
        }

        Errors = result.Errors;
        FailedFact = factId;
        Queue = await queue.PendingAsync(10, ct);
        return Page();
    }

    /// <summary>Where the record a decision made or joined is shown.</summary>
    public static string? RecordUrl(string? kind, Guid? record) => (kind, record) switch
    {
        (_, null) => null,
        ("meeting", { } id) => $"/meetings/{id}",
        ("person", { } id) => $"/people/{id}",
        ("commitment", _) => "/commitments",
        _ => null,
    };

    public static string KindName(FactKind kind) => kind.ToString().ToLowerInvariant();
}
