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
    private static readonly Lazy<PhraseMatcher> OrdinalWordMatcher = new(() => new PhraseMatcher(
        RuleSet.Instance.OrdinalWords with { Entries = [.. RuleSet.Instance.OrdinalWords.Entries.Where(e => e.Extra == "en")] }));
    private static readonly Lazy<Dictionary<string, string>> CountryNames = new(() =>
        RuleSet.Instance.Countries.Entries.Where(e => e.Extra == "country").GroupBy(e => e.Value).ToDictionary(g => g.Key, g => g.First().Phrase, StringComparer.Ordinal));
    private static readonly Lazy<HashSet<string>> SurnameSet = new(() =>
        new HashSet<string>(RuleSet.Instance.Surnames.Entries.Select(e => e.Phrase), StringComparer.OrdinalIgnoreCase));

    public static List<PhraseMention> Countries(TokenStream ts) => Find(CountryMatcher, ts);
    public static List<PhraseMention> Cities(TokenStream ts) => Find(CityMatcher, ts);
    public static List<PhraseMention> Mechanisms(TokenStream ts) => Find(MechanismMatcher, ts);
    public static List<PhraseMention> Kinds(TokenStream ts) => Find(KindMatcher, ts);
    public static List<PhraseMention> Titles(TokenStream ts, string language) => Find(language == "vi" ? TitleViMatcher : TitleEnMatcher, ts);
    public static List<PhraseMention> Cues(TokenStream ts) => Find(CueMatcher, ts);

    /// <summary>English ordinal words ("ninth", "twenty-first"), found through the same per-token candidate mask as the lists.</summary>
    public static List<PhraseMatch> EnglishOrdinalWords(TokenStream ts) =>
        OrdinalWordMatcher.Value.FindAll(ts, ts.Candidates ??= Candidates(ts), 1 << Array.IndexOf(All, OrdinalWordMatcher));

    public static string CountryName(string code) => CountryNames.Value.TryGetValue(code, out var n) ? n : code;

    public static bool IsVietnameseSurname(string token) => SurnameSet.Value.Contains(token);

    private static readonly Lazy<PhraseMatcher>[] All =
        [CountryMatcher, CityMatcher, MechanismMatcher, KindMatcher, TitleEnMatcher, TitleViMatcher, CueMatcher, OrdinalWordMatcher];

    /// <summary>For each word that starts some listed phrase, which lists (bit i = list i of <see cref="All"/>) it starts a phrase in.</summary>
    internal static int[] FirstTokens => FirstTokensMap.Value;

    private static readonly Lazy<int[]> FirstTokensMap = new(() =>
    {
        var map = new int[Vocabulary.Instance.Count];
        for (var i = 0; i < All.Length; i++)
            foreach (var t in All[i].Value.FirstTokens) map[t] |= 1 << i;
        return map;
    });

    /// <summary>One lookup per token tells which lists may have a phrase starting there (the tokenizer does it as it cuts, see <see cref="TokenStream.CreateWithIds"/>).</summary>
    public static PhraseCandidates Candidates(TokenStream ts)
    {
        var firsts = FirstTokens;
        var ids = ts.Ids;
        var mask = new int[ids.Length];
        var tokens = new List<int>();
        for (var i = 0; i < mask.Length; i++)
            if (ids[i] >= 0 && ts.Array[i].Kind != TokenKind.Punct && (mask[i] = firsts[ids[i]]) != 0) tokens.Add(i);
        return new PhraseCandidates(mask, tokens);
    }

    /// <summary>
    /// Every list's phrases in one pass over the tokens (the same finds as each list's own pass: the longest phrase at
    /// a token, then on after it); titles from the language's list.
    /// </summary>
    public static PhraseFinds FindAll(TokenStream ts, string language)
    {
        var lists = new List<PhraseMention>[All.Length];
        for (var k = 0; k < lists.Length; k++) lists[k] = [];
        var next = new int[All.Length];
        var candidates = ts.Candidates ??= Candidates(ts);
        var mask = candidates.Masks;
        // The other language's titles, and the ordinal words, which the ordinal recogniser reads.
        var skipped = 1 << Array.IndexOf(All, language == "vi" ? TitleEnMatcher : TitleViMatcher) | 1 << Array.IndexOf(All, OrdinalWordMatcher);
        foreach (var i in candidates.Tokens)
        {
            for (var bits = mask[i] & ~skipped; bits != 0; bits &= bits - 1)
            {
                var k = System.Numerics.BitOperations.TrailingZeroCount(bits);
                if (i < next[k]) continue;
                var (end, entry) = All[k].Value.Longest(ts, i);
                if (entry is null) continue;
                lists[k].Add(Mention(ts, new PhraseMatch(i, end, entry, All[k].Value.RuleId)));
                next[k] = end;
            }
        }
        return new PhraseFinds(lists[0], lists[1], lists[2], lists[3], lists[language == "vi" ? 5 : 4], lists[6]);
    }

    private static PhraseMention Mention(TokenStream ts, PhraseMatch m) =>
        new(Span.FromBounds(ts.Array[m.FirstToken].Start, ts.Array[m.EndToken - 1].End), m.RuleId, m.Entry.Value, m.Entry.Extra,
            m.FirstToken, m.EndToken, m.Entry.Phrase);

    private static List<PhraseMention> Find(Lazy<PhraseMatcher> matcher, TokenStream ts)
    {
        var list = new List<PhraseMention>();
        var bit = 1 << Array.IndexOf(All, matcher);
        foreach (var m in matcher.Value.FindAll(ts, ts.Candidates ??= Candidates(ts), bit)) list.Add(Mention(ts, m));
        return list;
    }
}

/// <summary>For each token, which phrase lists may have a phrase starting there (bit i = list i), and the tokens where some may.</summary>
internal sealed record PhraseCandidates(int[] Masks, List<int> Tokens);

/// <summary>The phrases of each list found in one text.</summary>
internal sealed record PhraseFinds(
    List<PhraseMention> Countries, List<PhraseMention> Cities, List<PhraseMention> Mechanisms, List<PhraseMention> Kinds,
    List<PhraseMention> Titles, List<PhraseMention> Cues);
