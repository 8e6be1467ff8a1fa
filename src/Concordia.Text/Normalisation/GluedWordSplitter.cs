namespace Concordia.Text.Normalisation;

/// <summary>
/// Repairs English words glued together by lost spaces ("andmade", "forthe", "whileobtaining") with a word list:
/// a token that is not a word but is two or three words is split, preferring splits into function words
/// ("for the" over "fort he"). Rule id: en.normalise.glued-word.
/// </summary>
internal sealed class GluedWordSplitter
{
    public const string RuleId = "en.normalise.glued-word";

    /// <summary>Shorter tokens are never split.</summary>
    public const int MinLength = 5;

    private const int MaxLength = 40;

    private static readonly AsciiWordSet FunctionWords = new(
    [
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as", "into",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "their", "they", "he", "she",
        "his", "her", "this", "that", "these", "while", "about", "between", "both", "new", "two", "not",
    ]);

    private readonly AsciiWordSet _words;

    public GluedWordSplitter(IEnumerable<string> words) => _words = new AsciiWordSet(words);

    public bool IsWord(ReadOnlySpan<char> lower) => _words.Contains(lower);

    /// <summary>Split points (indexes inside <paramref name="token"/>) or an empty array when it is fine as it is.</summary>
    public int[] Split(ReadOnlySpan<char> token)
    {
        if (token.Length is < MinLength or > MaxLength) return [];
        // A letter packs the same in either case, so most tokens, which are words, need no lower-case copy.
        var packed = 0UL;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (!char.IsAsciiLetter(c)) return [];
            if (i > 0 && char.IsAsciiLetterUpper(c) && !IsCamelBoundary(token, i)) return [];
            packed = AsciiWordSet.Pack(packed, c);
        }
        if (token.Length <= AsciiWordSet.MaxPacked && _words.Contains(packed)) return [];
        Span<char> lower = stackalloc char[token.Length];
        for (var i = 0; i < token.Length; i++) lower[i] = (char)(token[i] | 0x20);
        if (token.Length > AsciiWordSet.MaxPacked && _words.Contains(lower)) return [];
        var camel = CamelSplit(token, lower);
        if (camel.Length > 0) return camel;
        if (char.IsAsciiLetterUpper(token[^1])) return [];
        // A capitalised token is more likely a name than glued words, unless it is a word plus a function word ("Ministerof").
        if (char.IsAsciiLetterUpper(token[0])) return WordPlusFunctionWord(lower);
        return BestSplit(lower);
    }

    private static bool IsCamelBoundary(ReadOnlySpan<char> token, int i) =>
        char.IsAsciiLetterLower(token[i - 1]) && i + 1 < token.Length && char.IsAsciiLetterLower(token[i + 1]);

    private int[] CamelSplit(ReadOnlySpan<char> token, ReadOnlySpan<char> lower)
    {
        for (var i = 2; i < token.Length - 2; i++)
        {
            if (!char.IsAsciiLetterUpper(token[i])) continue;
            return _words.Contains(lower[..i]) && (_words.Contains(lower[i..]) || BestSplit(lower[i..]).Length > 0) ? [i] : [];
        }
        return [];
    }

    private int[] WordPlusFunctionWord(ReadOnlySpan<char> lower)
    {
        for (var cut = lower.Length - 2; cut >= Math.Max(4, lower.Length - 5); cut--)
            if (IsFunctionWord(lower[cut..]) && _words.Contains(lower[..cut])) return [cut];
        return [];
    }

    /// <summary>
    /// Two words beat three; among splits of the same size, function words and longer words win. Every split ends
    /// with a word, so which suffixes are words is found first, in one pass, and a first word is looked up only when
    /// a word could follow it.
    /// </summary>
    private int[] BestSplit(ReadOnlySpan<char> lower)
    {
        var best = -1;
        int[] bestCuts = [];
        Span<bool> wordFrom = stackalloc bool[lower.Length];
        _words.SuffixWords(lower, 2, wordFrom);
        var lastWordFrom = wordFrom[..^1].LastIndexOf(true);
        Span<ulong> prefixes = stackalloc ulong[AsciiWordSet.MaxPackedPair + 1];
        AsciiWordSet.PrefixPacks(lower, prefixes);
        for (var i = 2; i <= lower.Length - 2; i++)
        {
            if (!wordFrom[i] && lastWordFrom < i + 2) continue;
            if (!_words.ContainsPrefix(lower, i, prefixes)) continue;
            if (wordFrom[i])
                Consider(Score(lower[..i]) + Score(lower[i..]) + 100, [i]);
            else
                for (var k = i + 2; k <= lastWordFrom; k++)
                    if (wordFrom[k] && _words.Contains(lower[i..k]))
                        Consider(Score(lower[..i]) + Score(lower[i..k]) + Score(lower[k..]), [i, k]);
        }
        return bestCuts;

        void Consider(int score, int[] cuts)
        {
            if (score > best) (best, bestCuts) = (score, cuts);
        }
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> word) => FunctionWords.Contains(word);

    private int Score(ReadOnlySpan<char> word) =>
        IsFunctionWord(word) ? 3 : word.Length >= 4 ? 2 : 0;
}
