using System.Text.RegularExpressions;
using Concordia.Domain.Values;

namespace Concordia.Text.Assembly;

/// <summary>Cuts an action at ";", "as well as" and before a coordinated verb ("expand X and launch Y").</summary>
internal static partial class ActionSplitter
{
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "strengthen", "promote", "develop", "expand", "enhance", "boost", "foster", "kick", "beef", "maintain", "ensure", "implement",
        "establish", "build", "support", "continue", "accelerate", "apply", "increase", "deploy", "cooperate", "create", "provide",
        "open", "improve", "invest", "reduce", "share", "sign", "hold", "resume", "consider", "facilitate", "step", "mobilize",
        "mobilise", "prioritise", "prioritize", "reactivate", "cope", "achieve", "connect", "intensify", "encourage", "adopt",
        "attend", "join", "upgrade", "launch", "organize", "organise", "tap", "work", "carry", "make", "turn", "protect", "address",
        "thúc", "phát", "khuyến", "tăng", "mở", "xây", "nâng", "đẩy", "hỗ", "nối", "tổ", "áp", "kết",
    };

    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "soon", "also", "further", "actively", "gradually", "effectively", "jointly", "mutually", "continue", "to", "then", "đồng", "thời",
        "should", "must", "will", "would", "can", "sẽ", "cần", "tiếp", "tục",
    };

    // Lists after a comma ("train X, equip Y, and fund Z") are one undertaking; "X and launch Y" is two.
    // Vietnamese "và" joins clauses only before a modal ("và sẽ hỗ trợ"); elsewhere it mostly joins nouns.
    [GeneratedRegex(@";|\bas well as\b|(?<!,)\s+and\s+|,?\s+đồng thời\s+|(?<!,)\s+và\s+(?=(?:sẽ|cần|tiếp tục)\s)")]
    private static partial Regex Joints();

    [GeneratedRegex(@"^(?:(?:At the same time|In addition|Besides|Moreover|Furthermore|Also|Đồng thời|Ngoài ra),?\s*|(?:should|must|will|would)\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex Leader();

    [GeneratedRegex(@",\s+(?:adding|saying|noting|stressing|which|who|whereas|thus|according to|(?:said|noted|added|stressed|pointed out|underlined|told|reported)\s+(?:the|a|an|[A-Z]\w*)|qua đó|nhờ đó|từ đó)\b.*$")]
    private static partial Regex Clause();

    [GeneratedRegex(@"(?:[,""“”]+\s*(?:he|she|they|it|the\s+[\w\s'’-]{1,40}|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:said|noted|added|stressed|affirmed|emphasised|emphasized|underlined|agreed)\s*)?[.\s/""“”']*$", RegexOptions.RightToLeft)]
    private static partial Regex Trailer();

    public static IEnumerable<Span> Split(string text, Span action, bool syllables = false) =>
        syllables ? SplitJoints(text, action) : SplitJoints(text, action).SelectMany(p => SplitLongList(text, p));

    /// <summary>
    /// "help the riverside provinces to monitor water levels through the dry season, soon open the new border
    /// market, and train nurses for the district hospitals": a list of long clauses, each with its own verb,
    /// holds distinct undertakings; a list of short ones ("train X, equip Y, and fund Z") or of two is one. Not for
    /// Vietnamese, whose words are syllables.
    /// </summary>
    private static IEnumerable<Span> SplitLongList(string text, Span part)
    {
        var cuts = new List<(int At, int Next)>();
        var slice = text.AsSpan(part.Start, part.Length);
        for (var i = slice.IndexOf(", "); i >= 0; i = slice[(i + 2)..].IndexOf(", ") is var j and >= 0 ? i + 2 + j : -1)
        {
            var next = part.Start + i + 2;
            if (string.CompareOrdinal(text, next, "and ", 0, 4) == 0) next += 4;
            if (StartsWithVerb(text, next, part.End) && !TakesPronoun(text, next, part.End)) cuts.Add((part.Start + i, next));
        }
        if (cuts.Count < 2 || slice.Count(' ') + 1 < MinListItemWords * (cuts.Count + 1))
        {
            yield return part;
            yield break;
        }
        var start = part.Start;
        foreach (var (at, next) in cuts)
        {
            yield return Span.FromBounds(start, at);
            start = next;
        }
        yield return Span.FromBounds(start, part.End);
    }

    private const int MinListItemWords = 10;

    private static IEnumerable<Span> SplitJoints(string text, Span action)
    {
        var start = action.Start;
        foreach (Match j in Joints().Matches(text.Substring(action.Start, action.Length)))
        {
            var at = action.Start + j.Index;
            var next = at + j.Length;
            var joint = j.Value.Trim().TrimStart(',').TrimStart();
            var split = joint is ";" or "as well as" or "đồng thời"
                || (StartsWithVerb(text, next, action.End) && !SharesObject(text, start, at) && !TakesPronoun(text, next, action.End))
                || (StartsWithAmount(text, start, action.End) && StartsWithAmount(text, next, action.End));
            if (!split) continue;
            if (at > start) yield return Span.FromBounds(start, at);
            start = next;
        }
        if (action.End > start) yield return Span.FromBounds(start, action.End);
    }

    public static string Clean(string action)
    {
        // The reporting clause (", he noted") and trailing punctuation sit in the last few dozen characters.
        var tail = action.AsSpan(Math.Max(0, action.Length - 80));
        var t = tail.IndexOfAny(',', '"', '\u201D') >= 0 || tail.EndsWith(".", StringComparison.Ordinal) || tail.EndsWith("/", StringComparison.Ordinal)
            ? Trailer().Replace(action, "") : action;
        if (t.Contains(", ", StringComparison.Ordinal)) t = Clause().Replace(t, "");
        return Leader().Replace(t.Trim().Trim('"', '“', '”', ',', ' '), "");
    }

    private static bool StartsWithVerb(string text, int pos, int end)
    {
        for (var k = 0; k < 4; k++)
        {
            var w = FirstWord(text, pos, end);
            if (w.Length == 0) return false;
            if (Verbs.Contains(w)) return true;
            if (!Adverbs.Contains(w)) return false;
            pos = text.IndexOf(' ', pos, end - pos) is var sp and >= 0 ? sp + 1 : end;
        }
        return false;
    }

    /// <summary>"plans to repair and widen roads": two verbs of one infinitive share the object after them.</summary>
    private static bool SharesObject(string text, int from, int joint)
    {
        var before = text.AsSpan(from, joint - from).TrimEnd();
        var sp = before.LastIndexOf(' ');
        return sp >= 3 && before[..sp].EndsWith(" to", StringComparison.Ordinal);
    }

    /// <summary>"expand trade and treat this as a priority": a verb taking a pronoun elaborates, it is not a new undertaking.</summary>
    private static bool TakesPronoun(string text, int pos, int end)
    {
        var verb = FirstWord(text, pos, end);
        var at = text.IndexOf(verb, pos, end - pos, StringComparison.Ordinal) + verb.Length;
        return FirstWord(text, at, end) is "this" or "it" or "them" or "these" or "that";
    }

    /// <summary>"2,300 million yen to repair X and 900 million yen to build Y": parallel amounts are separate undertakings.</summary>
    private static bool StartsWithAmount(string text, int pos, int end)
    {
        while (pos < end && text[pos] == ' ') pos++;
        if (pos < end && text[pos] is '$' or '¥' or '€') pos++;
        if (pos + 3 <= end && string.CompareOrdinal(text, pos, "US$", 0, 3) == 0) pos += 3;
        return pos < end && char.IsDigit(text[pos]);
    }

    private static string FirstWord(string text, int pos, int end)
    {
        while (pos < end && !char.IsLetter(text[pos])) pos++;
        var e = pos;
        while (e < end && char.IsLetter(text[e])) e++;
        return text[pos..e];
    }
}
