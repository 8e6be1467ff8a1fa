using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Concordia.Text.Normalisation;

/// <summary>Text of an HTML page without chrome (script, nav, header, footer, aside, forms) and a map to the HTML source.</summary>
internal sealed record HtmlText(string Text, OffsetMap Map, HashSet<int> CaptionStarts);

internal static class HtmlToText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "select", "template", "head",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
        "figure", "figcaption", "blockquote", "pre", "dd", "dt", "title", "time",
    };

    public static bool LooksLikeHtml(string source)
    {
        var head = source.AsSpan(0, Math.Min(source.Length, 2048)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && head.Contains("<body", StringComparison.OrdinalIgnoreCase));
    }

    public static HtmlText Convert(string source)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(source);
        var b = new MappedTextBuilder();
        var captions = new HashSet<int>();
        var cursor = new Cursor();
        Walk(document.Body ?? (INode)document.DocumentElement, source, b, captions, cursor, inCaption: false);
        var (text, map) = b.Build();
        return new HtmlText(text, map, captions);
    }

    private static void Walk(INode node, string source, MappedTextBuilder b, HashSet<int> captions, Cursor cursor, bool inCaption)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                AppendText(t, source, b, cursor);
                continue;
            }
            if (child is not IElement e || Skipped.Contains(e.LocalName)) continue;
            var block = Blocks.Contains(e.LocalName);
            var pos = e.SourceReference?.Position.Index ?? cursor.At;
            cursor.At = Math.Max(cursor.At, pos);
            if (block && b.LastChar != '\n' && b.Length > 0) b.Insert("\n", pos);
            var caption = inCaption || e.LocalName.Equals("figcaption", StringComparison.OrdinalIgnoreCase);
            if (caption && !inCaption) captions.Add(b.Length);
            Walk(e, source, b, captions, cursor, caption);
            if (block && b.LastChar != '\n') b.Insert("\n", pos);
        }
    }

    /// <summary>Text nodes carry no source position: they are found in the source after the last place mapped.</summary>
    private static void AppendText(IText t, string source, MappedTextBuilder b, Cursor cursor)
    {
        var data = t.Data;
        if (data.Length == 0) return;
        var at = Math.Min(cursor.At, source.Length);
        var pos = source.IndexOf(data, at, Math.Min(source.Length - at, data.Length + 4096), StringComparison.Ordinal);
        if (pos >= 0)
        {
            b.Copy(data, pos);
            cursor.At = pos + data.Length;
        }
        else cursor.At = Align(data, source, at, b);
    }

    /// <summary>Text with character references ("&amp;ndash;"): each decoded character maps to its reference in the source.</summary>
    private static int Align(string data, string source, int at, MappedTextBuilder b)
    {
        var j = source.IndexOf('>', at) is var gt and >= 0 && gt < source.Length - 1 && source[at] == '<' ? gt + 1 : at;
        foreach (var c in data)
        {
            while (j < source.Length && source[j] == '<') j = source.IndexOf('>', j) is var e and >= 0 ? e + 1 : source.Length;
            if (j < source.Length && source[j] == c)
            {
                b.Copy([c], j++);
                continue;
            }
            var semi = j < source.Length && source[j] == '&' ? source.IndexOf(';', j, Math.Min(12, source.Length - j)) : -1;
            var length = semi > j ? semi - j + 1 : 0;
            b.Replace([c], j, length);
            j += length;
        }
        return j;
    }

    private sealed class Cursor
    {
        public int At { get; set; }
    }
}
