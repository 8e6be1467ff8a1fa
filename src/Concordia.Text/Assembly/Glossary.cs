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

    public static string Translate(string vietnamese)
    {
        var ts = TokenStream.Create(vietnamese);
        var words = new List<string>();
        for (var i = 0; i < ts.Tokens.Count;)
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
                words.Add(mech.Value);
                i = mEnd;
                continue;
            }
            var t = ts.Tokens[i];
            var w = ts.TextOf(t).ToString();
            if (t.Kind == TokenKind.Number || w.All(c => c < 128 && char.IsLetterOrDigit(c))) words.Add(w);
            i++;
        }
        return string.Join(' ', words);
    }
}
