using System.Net;
using System.Text;

namespace Concordia.Application.Search;

/// <summary>
/// Cuts a window of a text around the query's terms and marks them: the text is HTML-encoded and the only markup
/// added is &lt;mark&gt;, so a document's own markup is shown, never run.
/// </summary>
public static class Snippets
{
    public static string Highlight(string text, IReadOnlyList<string> terms, int window = 240)
    {
        var (folded, origin) = TextFold.FoldMapped(text);
        var hits = Find(folded, terms);
        var (from, to) = Window(hits, folded.Length, window);
        var start = from < origin.Length ? origin[from] : text.Length;
        var end = to < origin.Length ? origin[to] : text.Length;
        var sb = new StringBuilder();
        if (start > 0) sb.Append('…');
        var at = start;
        foreach (var (s, e) in hits.Where(h => h.Start >= from && h.End <= to))
        {
            var os = origin[s];
            var oe = e < origin.Length ? origin[e] : text.Length;
            if (os < at) continue;
            sb.Append(Encode(text, at, os)).Append("<mark>").Append(Encode(text, os, oe)).Append("</mark>");
            at = oe;
        }

        sb.Append(Encode(text, at, end));
        if (end < text.Length) sb.Append('…');
        return sb.ToString();
    }

    /// <summary>Spans of the folded text where a term starts a word (a term also matches as a word prefix).</summary>
    internal static List<(int Start, int End)> Find(string folded, IReadOnlyList<string> terms)
    {
        var hits = new List<(int Start, int End)>();
        foreach (var term in terms.Where(t => t.Length > 0))
        {
            for (var i = folded.IndexOf(term, StringComparison.Ordinal); i >= 0; i = folded.IndexOf(term, i + 1, StringComparison.Ordinal))
            {
                if (i > 0 && char.IsLetterOrDigit(folded[i - 1])) continue;
                var end = i + term.Length;
                while (end < folded.Length && char.IsLetterOrDigit(folded[end])) end++;
                hits.Add((i, end));
            }
        }

        hits.Sort();
        return hits;
    }

    /// <summary>
    /// The window holding the most distinct hit positions, in one pass: hits are sorted and a hit's end only grows
    /// with its start, so the last hit that fits after each one only moves forward.
    /// </summary>
    private static (int From, int To) Window(List<(int Start, int End)> hits, int length, int window)
    {
        if (hits.Count == 0 || length <= window) return (0, Math.Min(length, window));
        var starts = hits.Where((h, i) => i == 0 || h.Start != hits[i - 1].Start).ToList();
        int best = 0, bestCount = 0;
        for (int i = 0, end = 0; i < starts.Count; i++)
        {
            end = Math.Max(end, i);
            while (end < starts.Count && starts[end].End <= starts[i].Start + window) end++;
            if (end - i > bestCount) (best, bestCount) = (i, end - i);
        }

        var from = Math.Max(0, starts[best].Start - window / 4);
        var to = Math.Min(length, from + window);
        return (Math.Max(0, to - window), to);
    }

    private static string Encode(string text, int from, int to) =>
        to > from ? WebUtility.HtmlEncode(text[from..to].ReplaceLineEndings(" ")) : "";
}
