using System.Buffers;
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
    private const string JointPattern = @";|\bas well as\b|(?<!,)\s+and\s+|,?\s+đồng thời\s+|(?<!,)\s+và\s+(?=(?:sẽ|cần|tiếp tục)\s)";

    [GeneratedRegex(JointPattern)]
    internal static partial Regex Joints();

    [GeneratedRegex(@"\G(?:" + JointPattern + ")")]
    private static partial Regex JointAt();

    /// <summary>The first letters of the joint words (";", "as well as", "and", "đồng thời", "và").</summary>
    private static readonly SearchValues<char> JointStarts = SearchValues.Create(";ađv");

    private static bool StartsJointWord(ReadOnlySpan<char> s) => s[0] == ';' || s.StartsWith("and", StringComparison.Ordinal)
        || s.StartsWith("as well as", StringComparison.Ordinal) || s.StartsWith("đồng thời", StringComparison.Ordinal) || s.StartsWith("và", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:(?:At the same time|In addition|Besides|Moreover|Furthermore|Also|Đồng thời|Ngoài ra),?\s*|(?:should|must|will|would)\s+)", RegexOptions.IgnoreCase)]
    internal static partial Regex Leader();

    [GeneratedRegex(@",\s+(?:adding|saying|noting|stressing|which|who|whereas|thus|according to|(?:said|noted|added|stressed|pointed out|underlined|told|reported)\s+(?:the|a|an|[A-Z]\w*)|qua đó|nhờ đó|từ đó)\b.*$")]
    internal static partial Regex Clause();

    [GeneratedRegex(@"(?:[,""“”]+\s*(?:he|she|they|it|the\s+[\w\s'’-]{1,40}|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:said|noted|added|stressed|affirmed|emphasised|emphasized|underlined|agreed)\s*)?[.\s/""“”']*$", RegexOptions.RightToLeft)]
    internal static partial Regex Trailer();

    /// <summary>The distinct undertakings of an action, added to <paramref name="parts"/> in text order.</summary>
    public static void Split(string text, Span action, List<Span> parts, bool syllables = false)
    {
        if (syllables)
        {
            SplitJoints(text, action, parts);
            return;
        }
        var joints = new List<Span>();
        SplitJoints(text, action, joints);
        foreach (var p in joints) SplitLongList(text, p, parts);
    }

    /// <summary>
    /// "help the riverside provinces to monitor water levels through the dry season, soon open the new border
    /// market, and train nurses for the district hospitals": a list of long clauses, each with its own verb,
    /// holds distinct undertakings; a list of short ones ("train X, equip Y, and fund Z") or of two is one. Not for
    /// Vietnamese, whose words are syllables.
    /// </summary>
    private static void SplitLongList(string text, Span part, List<Span> parts)
    {
        var slice = text.AsSpan(part.Start, part.Length);
        var first = slice.IndexOf(", ");
        if (first < 0)
        {
            parts.Add(part);
            return;
        }
        var cuts = new List<(int At, int Next)>();
        for (var i = first; i >= 0; i = slice[(i + 2)..].IndexOf(", ") is var j and >= 0 ? i + 2 + j : -1)
        {
            var next = part.Start + i + 2;
            if (string.CompareOrdinal(text, next, "and ", 0, 4) == 0) next += 4;
            if (StartsWithVerb(text, next, part.End) && !TakesPronoun(text, next, part.End)) cuts.Add((part.Start + i, next));
        }
        if (cuts.Count < 2 || slice.Count(' ') + 1 < MinListItemWords * (cuts.Count + 1))
        {
            parts.Add(part);
            return;
        }
        var start = part.Start;
        foreach (var (at, next) in cuts)
        {
            parts.Add(Span.FromBounds(start, at));
            start = next;
        }
        parts.Add(Span.FromBounds(start, part.End));
    }

    private const int MinListItemWords = 10;

    private static void SplitJoints(string text, Span action, List<Span> parts)
    {
        var slice = text.AsSpan(action.Start, action.Length);
        var start = action.Start;
        for (var pos = 0; NextJoint(slice, pos, out var index, out var length); pos = index + length)
        {
            var at = action.Start + index;
            var next = at + length;
            var joint = slice.Slice(index, length).Trim().TrimStart(',').TrimStart();
            var split = joint is ";" or "as well as" or "đồng thời"
                || (StartsWithVerb(text, next, action.End) && !SharesObject(text, start, at) && !TakesPronoun(text, next, action.End))
                || (StartsWithAmount(text, start, action.End) && StartsWithAmount(text, next, action.End));
            if (!split) continue;
            if (at > start) parts.Add(Span.FromBounds(start, at));
            start = next;
        }
        if (action.End > start) parts.Add(Span.FromBounds(start, action.End));
    }

    /// <summary>
    /// The next match of <see cref="Joints"/> at or after <paramref name="pos"/>, the one a scan finds. A scan stops at
    /// every space; a joint starts at one of its words or in the spaces and commas just before it, so the pattern is
    /// tried (anchored) only there.
    /// </summary>
    internal static bool NextJoint(ReadOnlySpan<char> action, int pos, out int index, out int length)
    {
        for (var k = pos; k < action.Length; k++)
        {
            var i = action[k..].IndexOfAny(JointStarts);
            if (i < 0) break;
            k += i;
            if (!StartsJointWord(action[k..])) continue;
            var from = k;
            while (from > pos && (char.IsWhiteSpace(action[from - 1]) || action[from - 1] == ',')) from--;
            for (var q = from; q <= k; q++)
            {
                var m = JointAt().EnumerateMatches(action, q);
                if (!m.MoveNext()) continue;
                (index, length) = (m.Current.Index, m.Current.Length);
                return true;
            }
        }
        (index, length) = (-1, 0);
        return false;
    }

    /// <summary>The action without a leading connective or modal, a trailing reporting clause and punctuation.</summary>
    public static string Clean(ReadOnlySpan<char> action)
    {
        // The reporting clause (", he noted") and trailing punctuation sit in the last few dozen characters.
        var tail = action[Math.Max(0, action.Length - 80)..];
        var t = action;
        if (tail.IndexOfAny(',', '"', '\u201D') >= 0 || tail.EndsWith(".", StringComparison.Ordinal) || tail.EndsWith("/", StringComparison.Ordinal))
            t = WithoutMatch(Trailer(), t);
        if (t.Contains(", ", StringComparison.Ordinal)) t = WithoutMatch(Clause(), t);
        return WithoutMatch(Leader(), t.Trim().Trim("\"“”, ")).ToString();
    }

    /// <summary>
    /// The text without the first match of <paramref name="pattern"/>: Replace(text, "") for these patterns, which are
    /// anchored at an end and so match once.
    /// </summary>
    private static ReadOnlySpan<char> WithoutMatch(Regex pattern, ReadOnlySpan<char> text)
    {
        foreach (var m in pattern.EnumerateMatches(text))
        {
            if (m.Index + m.Length == text.Length) return text[..m.Index];
            return m.Index == 0 ? text[m.Length..] : string.Concat(text[..m.Index], text[(m.Index + m.Length)..]);
        }
        return text;
    }

    // Looked up by span: the words are not cut out of the text.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbLookup = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AdverbLookup = Adverbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool StartsWithVerb(string text, int pos, int end)
    {
        for (var k = 0; k < 4; k++)
        {
            var w = FirstWord(text, pos, end);
            if (w.Length == 0) return false;
            if (VerbLookup.Contains(text.AsSpan(w.Start, w.Length))) return true;
            if (!AdverbLookup.Contains(text.AsSpan(w.Start, w.Length))) return false;
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
        var next = FirstWord(text, FirstWord(text, pos, end).End, end);
        return text.AsSpan(next.Start, next.Length) is "this" or "it" or "them" or "these" or "that";
    }

    /// <summary>"2,300 million yen to repair X and 900 million yen to build Y": parallel amounts are separate undertakings.</summary>
    private static bool StartsWithAmount(string text, int pos, int end)
    {
        while (pos < end && text[pos] == ' ') pos++;
        if (pos < end && text[pos] is '$' or '¥' or '€') pos++;
        if (pos + 3 <= end && string.CompareOrdinal(text, pos, "US$", 0, 3) == 0) pos += 3;
        return pos < end && char.IsDigit(text[pos]);
    }

    /// <summary>The first run of letters in [pos, end), empty at <paramref name="end"/> if there is none.</summary>
    private static Span FirstWord(string text, int pos, int end)
    {
        while (pos < end && !char.IsLetter(text[pos])) pos++;
        var e = pos;
        while (e < end && char.IsLetter(text[e])) e++;
        return Span.FromBounds(pos, e);
    }
}
