using Concordia.Domain.Values;
using Concordia.Text.Lexicons;

namespace Concordia.Text.Normalisation;

/// <summary>
/// Normalises a decoded document: HTML to text, line classes (boilerplate, stamps, captions), repeated passages
/// kept once, Unicode NFC and glued-word repair; every character keeps its way back to the original.
/// </summary>
public static class Normaliser
{
    private const int MaxClassifiedLine = 400;

    private static readonly Lazy<LineClassifier> LineRules = new(() => new LineClassifier(RuleSet.Instance.Group("lines", "xx")));

    public static NormalisedText Normalise(string source)
    {
        var rules = RuleSet.Instance;
        var html = HtmlToText.LooksLikeHtml(source) ? HtmlToText.Convert(source) : null;
        var text = html?.Text ?? source;
        var body = new List<(int Start, int Length)>();
        var captions = new List<(int Start, int Length)>();
        var stamps = new List<StampLine>();
        var removed = new List<RemovedLine>();
        var repeats = new RepeatedPassages(text);
        var lines = LineRules.Value;
        foreach (var (start, length) in Lines(text))
        {
            var line = text.AsSpan(start, length);
            var rule = Classify(lines, text, start, length);
            var cls = rule is null ? (html?.CaptionStarts.Contains(start) == true ? "caption" : "body") : rule.Id.Split('.')[1];
            switch (cls)
            {
                case "boilerplate":
                    removed.Add(new RemovedLine(Map(html, start, length), "boilerplate", rule!.Id));
                    continue;
                case "stamp":
                    stamps.Add(new StampLine(line.ToString(), Map(html, start, length), rule!.Id));
                    continue;
                case "caption":
                    captions.Add((start, CutCredit(rules, text, start, length)));
                    continue;
            }
            if (repeats.RepeatOf(start, length) is { } first)
            {
                removed.Add(new RemovedLine(Map(html, start, length), "repeated-passage", "xx.normalise.repeated-passage", Map(html, first.Start, first.Length)));
                continue;
            }
            body.Add((start, length));
        }
        return Build(text, html?.Map, body, captions, stamps, removed, rules.Splitter);
    }

    private static NormalisedText Build(string text, OffsetMap? htmlMap, List<(int Start, int Length)> body,
        List<(int Start, int Length)> captions, List<StampLine> stamps, List<RemovedLine> removed, GluedWordSplitter splitter)
    {
        // Room for the text and a few repaired spaces: one buffer, no growing.
        var b = new MappedTextBuilder(text.Length + text.Length / 32 + 16);
        var wrapped = IsHardWrapped(text, body);
        for (var i = 0; i < body.Count; i++)
        {
            var (start, length) = body[i];
            LineWriter.Write(b, text, start, length, splitter);
            // The first line is usually a headline; a dateline may follow it, so it is never joined.
            b.Insert(wrapped && i > 0 && !EndsSentence(text[start + length - 1]) ? " " : "\n", start + length);
        }
        var bodyLength = b.Length;
        var captionSpans = new List<Span>();
        foreach (var (start, length) in captions)
        {
            var at = b.Length;
            LineWriter.Write(b, text, start, length, splitter);
            captionSpans.Add(Span.FromBounds(at, b.Length));
            b.Insert("\n", start + length);
        }
        var (normalised, map) = b.Build();
        return new NormalisedText(normalised, htmlMap is null ? map : map.Then(htmlMap), bodyLength, captionSpans, stamps, removed);
    }

    /// <summary>Menus, stamps, credits and captions are short lines; a long line is body text.</summary>
    /// <summary>Text broken into lines mid-sentence (most lines end without punctuation) has its lines joined again.</summary>
    private static bool IsHardWrapped(string text, List<(int Start, int Length)> body)
    {
        var open = body.Count(l => l.Length > 30 && !EndsSentence(text[l.Start + l.Length - 1]));
        return open >= 3 && open * 5 >= body.Count * 2;
    }

    private static bool EndsSentence(char c) => c is '.' or '!' or '?' or ':' or ';' or '"' or '\u201D' or '\'' or '\u2019' or ')' or '\u2026' or '|';

    private static PatternRule? Classify(LineClassifier lines, string text, int start, int length) =>
        length > MaxClassifiedLine ? null : lines.Classify(text, start, length);

    private static int CutCredit(RuleSet rules, string text, int start, int length) =>
        rules.Group("credits", "xx").First(text, start, length) is { } m ? m.Match.Index - start : length;

    private static Span Map(HtmlText? html, int start, int length) =>
        html is null ? new Span(start, length) : html.Map.ToOriginal(new Span(start, length));

    /// <summary>Trimmed, non-empty lines as (start, length).</summary>
    private static IEnumerable<(int Start, int Length)> Lines(string text)
    {
        var pos = 0;
        while (pos < text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var end = nl < 0 ? text.Length : nl;
            var s = pos;
            var e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) yield return (s, e - s);
            pos = end + 1;
        }
    }
}
