using System.Text.RegularExpressions;
using Concordia.Domain.Values;

namespace Concordia.Text.Assembly;

/// <summary>Cuts an action at ";", "as well as" and before a coordinated verb ("beef up X and kick off Y").</summary>
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
    };

    [GeneratedRegex(@";|\bas well as\b|,?\s+and\s+|,\s+|\s+và\s+|,?\s+đồng thời\s+")]
    private static partial Regex Joints();

    [GeneratedRegex(@"(?:,\s*(?:he|she|they|it|the\s+[\w\s'’-]{1,40}|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:said|noted|added|stressed|affirmed|emphasised|emphasized|underlined|agreed)\s*)?[.\s/""“”']*$")]
    private static partial Regex Trailer();

    public static IEnumerable<Span> Split(string text, Span action, string language)
    {
        var start = action.Start;
        var firstIsGerund = FirstWord(text, start, action.End).EndsWith("ing", StringComparison.Ordinal);
        foreach (Match j in Joints().Matches(text.Substring(action.Start, action.Length)))
        {
            var at = action.Start + j.Index;
            var next = at + j.Length;
            var joint = j.Value.Trim();
            var split = joint is ";" or "as well as" || StartsWithVerb(text, next, action.End, firstIsGerund, language);
            if (!split) continue;
            if (at > start) yield return Span.FromBounds(start, at);
            start = next;
        }
        if (action.End > start) yield return Span.FromBounds(start, action.End);
    }

    public static string Clean(string action)
    {
        var t = Trailer().Replace(action, "").Trim().Trim('"', '“', '”', ',', ' ');
        return t;
    }

    public static double Similarity(string x, string y)
    {
        var a = Words(x);
        var b = Words(y);
        if (a.Count == 0 || b.Count == 0) return 0;
        return (double)a.Intersect(b).Count() / a.Union(b).Count();
    }

    private static HashSet<string> Words(string s) =>
        [.. s.ToLowerInvariant().Split([' ', ',', '.', ';', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3)];

    private static bool StartsWithVerb(string text, int pos, int end, bool gerunds, string language)
    {
        for (var k = 0; k < 3; k++)
        {
            var w = FirstWord(text, pos, end);
            if (w.Length == 0) return false;
            if (Verbs.Contains(w) || (gerunds && language == "en" && w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))) return true;
            if (!Adverbs.Contains(w)) return false;
            pos = text.IndexOf(' ', pos, end - pos) is var sp and >= 0 ? sp + 1 : end;
        }
        return false;
    }

    private static string FirstWord(string text, int pos, int end)
    {
        while (pos < end && !char.IsLetter(text[pos])) pos++;
        var e = pos;
        while (e < end && char.IsLetter(text[e])) e++;
        return text[pos..e];
    }
}
