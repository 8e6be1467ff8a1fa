using Concordia.Domain.Values;

namespace Concordia.Text.Recognition;

/// <summary>Splits text into sentences: at line ends, and at . ! ? before a capital, except after abbreviations.</summary>
internal static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "e", "h", "u", "s", "d", "c", "vs", "gen", "col", "prof", "gov", "sen", "rep", "co", "inc", "ltd", "jr", "sr",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<Span> Split(string text)
    {
        var spans = new List<Span>();
        var start = 0;
        for (var i = NextStop(text, 0); i >= 0; i = NextStop(text, i + 1))
        {
            if (text[i] == '\n')
            {
                Add(spans, text, start, i);
                start = i + 1;
            }
            else if (IsBoundary(text, i))
            {
                Add(spans, text, start, i + 1);
                start = i + 1;
            }
        }
        Add(spans, text, start, text.Length);
        return spans;
    }

    private static readonly System.Buffers.SearchValues<char> Stops = System.Buffers.SearchValues.Create("\n.!?");

    /// <summary>The next line end or sentence mark at or after <paramref name="from"/>, or -1.</summary>
    private static int NextStop(string text, int from)
    {
        var at = text.AsSpan(from).IndexOfAny(Stops);
        return at < 0 ? -1 : from + at;
    }

    private static bool IsBoundary(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length && text[j] is '"' or '\u201D' or '\'' or '\u2019' or ')' or '/' or '.') j++;
        if (j >= text.Length || text[j] == '\n') return true;
        if (!char.IsWhiteSpace(text[j])) return false;
        while (j < text.Length && text[j] == ' ') j++;
        if (j >= text.Length || !(char.IsUpper(text[j]) || char.IsDigit(text[j]) || text[j] is '"' or '\u201C')) return false;
        var w = i;
        while (w > 0 && char.IsLetter(text[w - 1])) w--;
        return !AbbreviationLookup.Contains(text.AsSpan(w, i - w));
    }

    private static void Add(List<Span> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add(Span.FromBounds(start, end));
    }
}
