using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Concordia.Text.Languages;

/// <summary>
/// Tells English from Vietnamese (and names a few other scripts) by letters and function words: Vietnamese words carry
/// letters like ơ ư đ ă and tone marks; English text is dense in "the", "of", "and". Rule ids: xx.language.*.
/// </summary>
public static class LanguageDetector
{
    internal static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "in", "a", "is", "for", "on", "with", "that", "by", "as", "was", "at", "from", "has", "have", "will", "its",
    };

    internal static readonly HashSet<string> Vietnamese = new(StringComparer.OrdinalIgnoreCase)
    {
        "và", "của", "các", "là", "trong", "được", "cho", "với", "những", "một", "có", "đã", "này", "tại", "người", "không", "về", "hợp", "tác",
    };

    private static readonly SearchValues<char> TrimmedChars = SearchValues.Create(".,;:!?\"'()[]“”‘’\n\r\t-–");

    /// <summary>For each ASCII character, whether it is one of <see cref="TrimmedChars"/>: most characters looked at are ASCII.</summary>
    private static readonly bool[] TrimmedAscii = [.. Enumerable.Range(0, 128).Select(c => TrimmedChars.Contains((char)c))];

    /// <summary>The trimmed characters past ASCII are quotes and dashes, above every Vietnamese letter.</summary>
    private static readonly char FirstTrimmedPastAscii = Enumerable.Range(128, char.MaxValue - 127).Select(c => (char)c).First(TrimmedChars.Contains);

    /// <summary>Both lists: a listed word has flags 1 (English) or 2 (Vietnamese).</summary>
    internal static readonly FunctionWords Listed = new(English, Vietnamese);

    /// <summary>The language of the first few thousand characters (enough to tell, and the cost stays flat).</summary>
    public static string Detect(ReadOnlySpan<char> text) => Decide(Count(text));

    /// <summary>Vietnamese when a fifth of the words are Vietnamese, English when a twelfth are English function words, else the script with most letters.</summary>
    internal static string Decide(WordCounts counts)
    {
        var (words, en, vi, viLetters, scripts) = counts;
        if (words == 0) return "und";
        if ((vi + viLetters) * 5 > words) return "vi";
        if (en * 12 > words) return "en";
        string[] codes = ["ja", "zh", "ko", "th", "ru"];
        var best = Array.IndexOf(scripts, scripts.Max());
        return scripts[best] > 0 ? codes[best] : "und";
    }

    /// <summary>
    /// What the language is told by, over the first 4000 characters and up to 1501 words: the words of
    /// <c>text.Split(' ')</c> that are not empty once trimmed, the English and the Vietnamese function words among
    /// them, the words with a Vietnamese letter, and for the other words letters of each other script.
    /// </summary>
    internal static WordCounts Count(ReadOnlySpan<char> text)
    {
        text = text[..Math.Min(text.Length, 4000)];
        int words = 0, en = 0, vi = 0, viLetters = 0;
        var allAscii = Ascii.IsValid(text);
        var scripts = new int[5];
        for (var start = 0; start < text.Length;)
        {
            var end = start;
            while (end < text.Length && text[end] != ' ') end++;
            var w = Trim(text[start..end]);
            start = end + 1;
            if (w.IsEmpty) continue;
            words++;
            // Most words are longer than any listed one, and are not looked up.
            if (w.Length <= Listed.MaxLength)
            {
                var flags = Listed.FlagsOf(w);
                en += flags & 1;
                vi += flags >> 1;
            }
            // Vietnamese letters and the other scripts are all outside ASCII.
            if (!allAscii)
                foreach (var c in w)
                {
                    if (char.IsAscii(c)) continue;
                    if (c is >= '\u1EA0' and <= '\u1EF9' or 'ơ' or 'ư' or 'đ' or 'ă' or 'Ơ' or 'Ư' or 'Đ' or 'Ă') { viLetters++; break; }
                    Script(c, scripts);
                }
            if (words > 1500) break;
        }
        return new WordCounts(words, en, vi, viLetters, scripts);
    }

    /// <summary>The word without the punctuation around it.</summary>
    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> w)
    {
        var (first, end) = (0, w.Length);
        while (first < end && IsTrimmed(w[first])) first++;
        while (end > first && IsTrimmed(w[end - 1])) end--;
        return w[first..end];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTrimmed(char c) => c < 128 ? TrimmedAscii[c] : c >= FirstTrimmedPastAscii && TrimmedChars.Contains(c);

    private static void Script(char c, int[] scripts)
    {
        if (c is >= '\u3040' and <= '\u30FF') scripts[0] += 2;
        else if (c is >= '\u4E00' and <= '\u9FFF') scripts[1]++;
        else if (c is >= '\uAC00' and <= '\uD7AF') scripts[2]++;
        else if (c is >= '\u0E00' and <= '\u0E7F') scripts[3]++;
        else if (c is >= '\u0400' and <= '\u04FF') scripts[4]++;
    }

    /// <summary>See <see cref="Count"/>; <see cref="Scripts"/> counts Japanese (twice), Chinese, Korean, Thai and Russian letters.</summary>
    internal readonly record struct WordCounts(int Words, int English, int Vietnamese, int VietnameseLetters, int[] Scripts);
}
