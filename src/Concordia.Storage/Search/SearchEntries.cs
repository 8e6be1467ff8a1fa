using Concordia.Application.Search;
using Concordia.Domain.Documents;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Storage.Search;

/// <summary>What each searchable record contributes to the index: its kind, key, title and folded text.</summary>
internal static class SearchEntries
{
    public const int TitleLength = 500;

    public static SearchEntry For(Document d) =>
        Make(SearchKinds.Document, d.Id.ToString(), d.Title ?? d.Origin, d.Text);

    public static SearchEntry For(Person p) => Make(SearchKinds.Person, p.Id.ToString(), p.Name, p.Name);

    public static SearchEntry For(Mechanism m) =>
        Make(SearchKinds.Mechanism, m.Id, m.Name, $"{m.Name} {m.ShortName} {m.Id.Replace('-', ' ')}");

    public static SearchEntry For(Meeting m, Mechanism? mechanism, MeetingKindTerm? kind)
    {
        var title = m.Title ?? string.Join(' ', new[] { Ordinal(m.Ordinal), mechanism?.Name, kind?.NameEn ?? m.Kind.ToString() }
            .Where(s => !string.IsNullOrEmpty(s)));
        var body = string.Join(' ', new[] { title, mechanism?.Name, mechanism?.ShortName, kind?.NameEn, kind?.NameVi, m.Ordinal?.ToString(), m.City, m.Start?.ToString() }
            .Where(s => !string.IsNullOrEmpty(s)));
        return Make(SearchKinds.Meeting, m.Id.ToString(), title, body);
    }

    /// <summary>The meeting's entry, with its mechanism and kind labels read from the context (tracked rows first).</summary>
    public static async Task<SearchEntry> ForAsync(Meeting m, ConcordiaDbContext db, CancellationToken ct)
    {
        var mechanism = m.MechanismId is { } id ? await db.Mechanisms.FindAsync([id], ct) : null;
        var kind = await db.MeetingKinds.FirstOrDefaultAsync(k => k.Kind == m.Kind, ct);
        return For(m, mechanism, kind);
    }

    private static SearchEntry Make(string kind, string key, string title, string body)
    {
        var t = title.Length > TitleLength ? title[..TitleLength] : title;
        return new SearchEntry { Kind = kind, RecordKey = key, Title = t, FoldedTitle = TextFold.Fold(t), FoldedBody = TextFold.Fold(body) };
    }

    private static string? Ordinal(int? n) => n switch
    {
        null => null,
        _ when n % 100 is 11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
    };
}
