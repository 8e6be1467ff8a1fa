using System.Buffers;
using System.Text.RegularExpressions;

namespace Concordia.Text.Assembly;

/// <summary>
/// Proposals listed one per sentence: a sentence announcing them ("proposed three priorities") and the sentences
/// after it that start with an enumerator ("First, ...").
/// </summary>
internal static partial class Enumerations
{
    // Machine translation renders Vietnamese "Thứ hai/ba/tư" (second/third/fourth) as "Monday/Tuesday/Wednesday".
    [GeneratedRegex(@"^(?:First|Second|Third|Fourth|Fifth|Finally|Monday|Tuesday|Wednesday|Thứ nhất|Thứ hai|Thứ ba|Thứ tư|Một là|Hai là|Ba là)\s*,\s*", RegexOptions.IgnoreCase)]
    internal static partial Regex Enumerator();

    private const string TriggerPattern = @"\b(?:proposed|suggested|put forward|outlined|đề xuất|nêu)\b[^.!?\n]*\b(?:priorities|pillars|solutions|orientations|measures|proposals|directions|focuses|trọng tâm|giải pháp|ưu tiên)\b";

    [GeneratedRegex(TriggerPattern, RegexOptions.IgnoreCase)]
    internal static partial Regex Trigger();

    [GeneratedRegex(@"\G(?:" + TriggerPattern + ")", RegexOptions.IgnoreCase)]
    private static partial Regex TriggerAt();

    // A match starts with one of the verbs: an English one (found by one vectorised search), or "đề xuất" / "nêu", whose
    // second letter is ề or ê. A scan of the pattern stops at every r and u.
    private static readonly SearchValues<string> EnglishVerbs =
        SearchValues.Create(["proposed", "suggested", "put forward", "outlined"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> VietnameseSecondLetters = SearchValues.Create("êÊềỀ");

    /// <summary>Where the matches of <see cref="Trigger"/> start, as a scan of the text finds them.</summary>
    public static List<int> TriggerStarts(string text)
    {
        var starts = new List<int>();
        var english = NextEnglish(text, 0);
        for (var pos = 0; pos < text.Length;)
        {
            if (english >= 0 && english < pos) english = NextEnglish(text, pos);
            var vietnamese = NextVietnamese(text, pos, english < 0 ? text.Length : english);
            var k = vietnamese >= 0 ? vietnamese : english;
            if (k < 0) break;
            if (k == vietnamese && !StartsVietnameseVerb(text, k))
            {
                pos = k + 1;
                continue;
            }
            var m = TriggerAt().Match(text, k);
            if (m.Success) starts.Add(k);
            pos = m.Success ? k + Math.Max(1, m.Length) : k + 1;
        }
        return starts;
    }

    /// <summary>"đề" or "nê" in either case, as the pattern's own first-letter checks ask, before it is run.</summary>
    private static bool StartsVietnameseVerb(string text, int k) =>
        (text[k] | 1) == 'đ' && (text[k + 1] | 1) == 'ề' || (text[k] | 0x20) == 'n' && (text[k + 1] | 0x20) == 'ê';

    private static int NextEnglish(string text, int pos) => text.AsSpan(pos).IndexOfAny(EnglishVerbs) is var i and >= 0 ? pos + i : -1;

    /// <summary>The first start before <paramref name="limit"/> whose second letter is ê or ề, or -1.</summary>
    private static int NextVietnamese(string text, int pos, int limit)
    {
        var from = pos + 1;
        var to = Math.Min(limit + 1, text.Length);
        if (from >= to) return -1;
        var i = text.AsSpan(from, to - from).IndexOfAny(VietnameseSecondLetters);
        return i < 0 ? -1 : from + i - 1;
    }
}
