using System.Buffers;
using System.Text;

namespace Concordia.Text.Languages;

/// <summary>
/// Tells English from Vietnamese (and names a few other scripts) by letters and function words: Vietnamese words carry
/// letters like ơ ư đ ă and tone marks; English text is dense in "the", "of", "and". Rule ids: xx.language.*.
/// </summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "in", "a", "is", "for", "on", "with", "that", "by", "as", "was", "at", "from", "has", "have", "will", "its",
    };

    private static readonly HashSet<string> Vietnamese = new(StringComparer.OrdinalIgnoreCase)
    {
        "và", "của", "các", "là", "trong", "được", "cho", "với", "những", "một", "có", "đã", "này", "tại", "người", "không", "về", "hợp", "tác",
    };

    private static readonly SearchValues<char> TrimmedChars = SearchValues.Create(".,;:!?\"'()[]“”‘’\n\r\t-–");

    /// <summary>Both lists: a listed word has flags 1 (English) or 2 (Vietnamese).</summary>
    internal static readonly FunctionWords Listed = new(English, Vietnamese);

    /// <summary>The language of the first few thousand characters (enough to tell, and the cost stays flat).</summary>
    public static string Detect(ReadOnlySpan<char> text)
    {
        text = text[..Math.Min(text.Length, 4000)];
        int words = 0, en = 0, vi = 0, viLetters = 0;
        var allAscii = Ascii.IsValid(text);
        var scripts = new int[5];
        foreach (var range in text.Split(' '))
        {
            var w = Trim(text[range]);
            if (w.IsEmpty) continue;
            words++;
            var flags = Listed.FlagsOf(w);
            en += flags & 1;
            vi += flags >> 1;
            // Vietnamese letters and the other scripts are all outside ASCII.
            if (!allAscii && !Ascii.IsValid(w))
                foreach (var c in w)
                {
                    if (c is >= '\u1EA0' and <= '\u1EF9' or 'ơ' or 'ư' or 'đ' or 'ă' or 'Ơ' or 'Ư' or 'Đ' or 'Ă') { viLetters++; break; }
                    Script(c, scripts);
                }
            if (words > 1500) break;
        }
        if (words == 0) return "und";
        if ((vi + viLetters) * 5 > words) return "vi";
        if (en * 12 > words) return "en";
        string[] codes = ["ja", "zh", "ko", "th", "ru"];
        var best = Array.IndexOf(scripts, scripts.Max());
        return scripts[best] > 0 ? codes[best] : "und";
    }

    /// <summary>The word without the punctuation around it; most words have none, and are returned as they are.</summary>
    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> w)
    {
        // No trimmed character is a letter or digit.
        if (w.IsEmpty || (char.IsLetterOrDigit(w[0]) && char.IsLetterOrDigit(w[^1]))) return w;
        var first = w.IndexOfAnyExcept(TrimmedChars);
        return first < 0 ? [] : w[first..(w.LastIndexOfAnyExcept(TrimmedChars) + 1)];
    }

    private static void Script(char c, int[] scripts)
    {
        if (c is >= '\u3040' and <= '\u30FF') scripts[0] += 2;
        else if (c is >= '\u4E00' and <= '\u9FFF') scripts[1]++;
        else if (c is >= '\uAC00' and <= '\uD7AF') scripts[2]++;
        else if (c is >= '\u0E00' and <= '\u0E7F') scripts[3]++;
        else if (c is >= '\u0400' and <= '\u04FF') scripts[4]++;
    }
}
