using System.Globalization;
using System.Text;
using Concordia.Domain.Values;
using Concordia.Text.Model;
using Concordia.Text.Recognition;

namespace Concordia.Text.Assembly;

/// <summary>A person being assembled, with every mention that refers to them.</summary>
internal sealed class PersonDraft
{
    public required string Name { get; set; }
    public required HashSet<string> Key { get; init; }
    public string? Country { get; set; }
    public List<string> Roles { get; } = [];
    public List<string> RuleIds { get; } = [];
    public List<Span> Mentions { get; } = [];
    public double Confidence { get; set; } = 0.7;
}

/// <summary>
/// Merges person mentions: full names by their set of name parts ("Lâm Quốc Huy" = "Lâm Huy Quốc"),
/// one-word references ("FM Tanaka", "PM An") to the person whose name has that part; fills in countries.
/// </summary>
internal static class PeopleAssembler
{
    public static List<PersonDraft> Assemble(Analysis a, List<PersonMention> mentions)
    {
        var people = new List<PersonDraft>();
        PersonMention? previous = null;
        foreach (var m in mentions.Where(m => !m.IsReference))
        {
            var key = Key(m.Name);
            var p = people.Find(x => x.Key.SetEquals(key)) ?? Add(people, m, key);
            Merge(p, m, previous, a);
            previous = m;
        }
        foreach (var m in mentions.Where(m => m.IsReference))
            if (FindByPart(people, m.Name, m.Span.Start) is { } p) Merge(p, m, null, a);
        foreach (var p in people) p.Country ??= FallbackCountry(a, p, mentions);
        Abbreviations.Expand(a.Text, people);
        return people;
    }

    public static PersonDraft? FindByPart(List<PersonDraft> people, string part, int before)
    {
        var k = Fold(part);
        return people.Where(p => p.Key.Contains(k)).OrderBy(p => p.Mentions.Count == 0 || p.Mentions[0].Start < before ? 0 : 1).FirstOrDefault();
    }

    public static HashSet<string> Key(string name) =>
        new(Fold(name).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    public static string Fold(string s)
    {
        var d = s.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    public static PersonFact ToFact(Analysis a, PersonDraft p) =>
        new(p.Name, p.Country is null ? null : CountryCode.Of(p.Country), [.. p.Roles],
            new FactSource([.. p.RuleIds.Distinct()], a.ToOriginal(p.Mentions[0]), p.Confidence));

    private static PersonDraft Add(List<PersonDraft> people, PersonMention m, HashSet<string> key)
    {
        var p = new PersonDraft { Name = m.Name, Key = key };
        people.Add(p);
        return p;
    }

    private static void Merge(PersonDraft p, PersonMention m, PersonMention? previous, Analysis a)
    {
        p.Mentions.Add(m.Span);
        p.Country ??= m.Country;
        var roles = m.CopiesRoles && previous is not null && a.SentenceOf(previous.Span.Start) == a.SentenceOf(m.Span.Start) ? previous.Roles : m.Roles;
        foreach (var r in roles)
            if (!p.Roles.Exists(x => string.Equals(x, r, StringComparison.OrdinalIgnoreCase))) p.Roles.Add(r);
        p.RuleIds.AddRange(m.RuleIds);
        if (p.Country is not null && p.Roles.Count > 0) p.Confidence = 0.85;
    }

    /// <summary>A Vietnamese family name on a three-part name, else the nearest country named in the same sentence.</summary>
    private static string? FallbackCountry(Analysis a, PersonDraft p, List<PersonMention> mentions)
    {
        var first = p.Name.Split(' ')[0];
        if (p.Name.Split(' ').Length >= 3 && Phrases.IsVietnameseSurname(first)) return "VN";
        var at = p.Mentions[0];
        var sentence = a.Sentences[a.SentenceOf(at.Start)];
        var places = a.In(a.Countries, sentence).Select(c => (c.Span, Code: c.Value))
            .Concat(a.In(a.Cities, sentence).Where(c => c.Extra is not null).Select(c => (c.Span, Code: c.Extra!)))
            .Where(c => !mentions.Exists(m => m.Span.Overlaps(c.Span))).ToList();
        var before = places.Where(c => c.Span.End <= at.Start).OrderByDescending(c => c.Span.Start).FirstOrDefault();
        if (before.Code is not null) return before.Code;
        return places.Where(c => c.Span.Start >= at.End).OrderBy(c => c.Span.Start).FirstOrDefault().Code;
    }
}
