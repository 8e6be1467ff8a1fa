using Concordia.Domain.Values;
using Concordia.Text.Lexicons;

namespace Concordia.Text.Recognition;

/// <summary>The phrase matchers built once from the rule lists.</summary>
internal static class Phrases
{
    private static readonly Lazy<PhraseMatcher> CountryMatcher = new(() => new PhraseMatcher(RuleSet.Instance.Countries, caseSensitiveFirst: true));
    private static readonly Lazy<PhraseMatcher> CityMatcher = new(() => new PhraseMatcher(RuleSet.Instance.Cities, caseSensitiveFirst: true));
    private static readonly Lazy<PhraseMatcher> MechanismMatcher = new(() => new PhraseMatcher(RuleSet.Instance.Mechanisms, caseSensitiveFirst: true));
    private static readonly Lazy<PhraseMatcher> KindMatcher = new(() => new PhraseMatcher(RuleSet.Instance.MeetingKinds));
    private static readonly Lazy<PhraseMatcher> TitleEnMatcher = new(() => new PhraseMatcher(RuleSet.Instance.TitlesEn, caseSensitiveFirst: true));
    private static readonly Lazy<PhraseMatcher> TitleViMatcher = new(() => new PhraseMatcher(RuleSet.Instance.TitlesVi, caseSensitiveFirst: true));
    private static readonly Lazy<PhraseMatcher> CueMatcher = new(() => new PhraseMatcher(RuleSet.Instance.Cues));
    private static readonly Lazy<Dictionary<string, string>> CountryNames = new(() =>
        RuleSet.Instance.Countries.Entries.Where(e => e.Extra == "country").GroupBy(e => e.Value).ToDictionary(g => g.Key, g => g.First().Phrase, StringComparer.Ordinal));
    private static readonly Lazy<HashSet<string>> SurnameSet = new(() =>
        new HashSet<string>(RuleSet.Instance.Surnames.Entries.Select(e => e.Phrase), StringComparer.OrdinalIgnoreCase));

    public static List<PhraseMention> Countries(TokenStream ts) => Find(CountryMatcher.Value, ts);
    public static List<PhraseMention> Cities(TokenStream ts) => Find(CityMatcher.Value, ts);
    public static List<PhraseMention> Mechanisms(TokenStream ts) => Find(MechanismMatcher.Value, ts);
    public static List<PhraseMention> Kinds(TokenStream ts) => Find(KindMatcher.Value, ts);
    public static List<PhraseMention> Titles(TokenStream ts, string language) => Find(language == "vi" ? TitleViMatcher.Value : TitleEnMatcher.Value, ts);
    public static List<PhraseMention> Cues(TokenStream ts) => Find(CueMatcher.Value, ts);

    public static string CountryName(string code) => CountryNames.Value.TryGetValue(code, out var n) ? n : code;

    public static bool IsVietnameseSurname(string token) => SurnameSet.Value.Contains(token);

    private static readonly Lazy<HashSet<string>> FirstTokens = new(() =>
        new HashSet<string>(new[] { CountryMatcher, CityMatcher, MechanismMatcher, KindMatcher, TitleEnMatcher, TitleViMatcher, CueMatcher }
            .SelectMany(m => m.Value.FirstTokens), StringComparer.Ordinal));

    /// <summary>Which tokens start some listed phrase: one lookup per token instead of one per list.</summary>
    public static bool[] Candidates(TokenStream ts)
    {
        var lookup = FirstTokens.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        var mask = new bool[ts.Tokens.Count];
        for (var i = 0; i < mask.Length; i++) mask[i] = lookup.Contains(ts.FoldedOf(ts.Tokens[i]));
        return mask;
    }

    private static List<PhraseMention> Find(PhraseMatcher matcher, TokenStream ts)
    {
        var list = new List<PhraseMention>();
        foreach (var m in matcher.FindAll(ts, ts.Candidates ??= Candidates(ts)))
        {
            var span = Span.FromBounds(ts.Tokens[m.FirstToken].Start, ts.Tokens[m.EndToken - 1].End);
            list.Add(new PhraseMention(span, m.RuleId, m.Entry.Value, m.Entry.Extra, m.FirstToken, m.EndToken, m.Entry.Phrase));
        }
        return list;
    }
}
