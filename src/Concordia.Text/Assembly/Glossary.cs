using Concordia.Text.Lexicons;
using Concordia.Text.Recognition;

namespace Concordia.Text.Assembly;

/// <summary>
/// Paraphrases a Vietnamese action in English phrase by phrase (longest glossary phrase first, Rules/vi/glossary.tsv),
/// keeping names and numbers; words with no entry are dropped.
/// </summary>
internal static class Glossary
{
    private static readonly Lazy<PhraseMatcher> Matcher = new(() => new PhraseMatcher(RuleSet.Instance.Glossary));
    private static readonly Lazy<PhraseMatcher> Mechanisms = new(() => new PhraseMatcher(RuleSet.Instance.Mechanisms));

    private static readonly Lazy<Dictionary<string, string>> Names = new(() =>
        RuleSet.Instance.Mechanisms.Entries.Where(e => e.Phrase.All(c => c < 128)).GroupBy(e => e.Value).ToDictionary(g => g.Key, g => g.First().Phrase, StringComparer.Ordinal));

    private static string EnglishName(string mechanism) => Names.Value.TryGetValue(mechanism, out var n) ? n : mechanism;

    /// <summary>A syllable of a proper name ("tỉnh Long An"): capitalised next to another capitalised one, not the first word.</summary>
    private static bool IsNamePart(TokenStream ts, int i) =>
        i > 0 && ts.IsCapitalised(i) && ((i + 1 < ts.Array.Length && ts.IsCapitalised(i + 1)) || (i > 1 && ts.IsCapitalised(i - 1)));

    private static string Ascii(string syllable)
    {
        var d = syllable.Replace('đ', 'd').Replace('Đ', 'D').Normalize(System.Text.NormalizationForm.FormD);
        return string.Concat(d.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark));
    }

    private static bool IsAcronym(ReadOnlySpan<char> w)
    {
        if (w.Length < 2) return false;
        foreach (var c in w)
            if (!(c < 128 && (char.IsUpper(c) || char.IsDigit(c)))) return false;
        return true;
    }

    public static string Translate(string vietnamese)
    {
        var ts = TokenStream.Create(vietnamese);
        var words = new List<string>();
        for (var i = 0; i < ts.Array.Length;)
        {
            var (end, entry) = Matcher.Value.Longest(ts, i);
            if (entry is not null)
            {
                if (entry.Value != "-") words.Add(entry.Value);
                i = end;
                continue;
            }
            var (mEnd, mech) = Mechanisms.Value.Longest(ts, i);
            if (mech is not null)
            {
                var name = EnglishName(mech.Value);
                if (words.Count == 0 || words[^1] != name) words.Add(name);
                i = mEnd;
                continue;
            }
            var t = ts.Array[i];
            var w = ts.TextOf(t);
            // Numbers and acronyms (ODA, OECD) carry over; a lower-case Vietnamese syllable with no entry does not.
            if (t.Kind == TokenKind.Number || IsAcronym(w)) words.Add(w.ToString());
            else if (IsNamePart(ts, i)) words.Add(Ascii(w.ToString()));
            i++;
        }
        return string.Join(' ', words);
    }
}
