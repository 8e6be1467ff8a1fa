using Concordia.Domain.Values;

namespace Concordia.Text.Recognition;

/// <summary>A person as found: the name, roles and country stated next to it; single-word names are references.</summary>
internal sealed record PersonMention(Span Span, string Name, List<string> Roles, string? Country, List<string> RuleIds, bool IsReference, bool CopiesRoles);

/// <summary>
/// Finds people by their titles: [demonym] title [and title] [country] Name [, title ...] ("Lao Deputy Prime
/// Minister and Minister of Finance Vilay Sengdara", "Bộ trưởng Nông nghiệp Campuchia Sok Vanna",
/// "H.E. Arlen Voss, Deputy Prime Minister"). A name with no title is not taken as a person.
/// </summary>
internal sealed partial class PersonRecogniser
{
    private static readonly HashSet<string> OrgEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "Bank", "Council", "Commission", "Committee", "Agency", "Ministry", "Organization", "Organisation", "Fund", "Forum",
        "Institute", "Association", "Union", "Party", "Assembly", "Government", "Affairs", "Cooperation", "Office", "Department",
        "Secretariat", "Corporation", "Group", "Authority", "Court", "Parliament", "Senate", "Nations", "Community", "Programme", "Program",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "He", "She", "His", "Her", "It", "Its", "This", "That", "These", "And", "Of", "For", "To",
        "By", "With", "From", "As", "During", "After", "Before", "While", "Under", "Also", "But", "Both", "They", "Their", "We",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Government", "Ministry", "State", "Party",
        "Hội", "Ngày", "Tại", "Theo", "Nhà", "Bộ", "Phó", "Thủ",
    };

    /// <summary>Words that end a name after its first part ("An" and "Do" are Vietnamese name parts, "The" is not).</summary>
    private static readonly HashSet<string> NotLaterNames = new(StringComparer.Ordinal)
    {
        "The", "In", "On", "At", "And", "Of", "For", "With", "From", "By", "As", "During", "After", "Before", "While", "Under",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Government", "Ministry", "State", "Party",
    };

    private readonly TokenStream _ts;
    private readonly Dictionary<int, PhraseMention> _titles;
    private readonly Dictionary<int, PhraseMention> _countries;
    private readonly Dictionary<int, PhraseMention> _countriesByEnd = [];
    /// <summary>By token: inside a mechanism, city, kind, country or title phrase, so not part of a name.</summary>
    private readonly bool[] _blocked;

    public PersonRecogniser(TokenStream ts, IEnumerable<PhraseMention> titles, IEnumerable<PhraseMention> countries, IEnumerable<PhraseMention> others)
    {
        _ts = ts;
        _blocked = new bool[ts.Array.Length];
        _titles = FirstAtEachToken(titles);
        _countries = FirstAtEachToken(countries);
        foreach (var c in _countries.Values) _countriesByEnd.TryAdd(c.EndToken, c);
        foreach (var o in others)
            for (var i = o.FirstToken; i < o.EndToken; i++) _blocked[i] = true;
        foreach (var c in _countries.Values)
            for (var i = c.FirstToken; i < c.EndToken; i++) _blocked[i] = true;
        foreach (var t in _titles.Values)
            for (var i = t.FirstToken; i < t.EndToken; i++) _blocked[i] = true;
    }

    /// <summary>The first mention starting at each token.</summary>
    private static Dictionary<int, PhraseMention> FirstAtEachToken(IEnumerable<PhraseMention> mentions)
    {
        var first = new Dictionary<int, PhraseMention>();
        foreach (var m in mentions) first.TryAdd(m.FirstToken, m);
        return first;
    }

    public List<PersonMention> FindAll()
    {
        var found = new List<PersonMention>();
        var next = 0;
        foreach (var start in _titles.Keys.Order())
        {
            if (start < next) continue;
            var chain = ReadChain(start, apposition: false);
            if (chain is null) continue;
            var name = ReadName(chain.End);
            if (name.End == chain.End)
            {
                if (NameBefore(start) is { } before) found.Add(before);
                next = chain.End;
                continue;
            }
            var roles = chain.Roles;
            var modifier = ModifierBefore(start);
            if (modifier is not null && roles.Count > 0) roles[0] = modifier + " " + roles[0];
            var end = ReadAppositions(name.End, roles, out var appCountry);
            var country = Before(start, out var modifierCountry) ?? chain.Country ?? modifierCountry ?? appCountry;
            var span = Span.FromBounds(_ts.Array[start].Start, _ts.Array[Math.Max(name.End, end) - 1].End);
            var rules = new List<string> { chain.RuleId };
            if (name.Parts > 1) rules.Add("xx.person.title-name");
            if (NotNames.Contains(name.Text)) continue;
            found.Add(new PersonMention(span, name.Text, roles, country, rules, name.Parts == 1, chain.CopiesRoles));
            next = end;
        }
        return found;
    }
}
