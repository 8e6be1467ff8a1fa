using System.Globalization;

namespace Concordia.Text.Recognition;

public enum TokenKind { Word, Number, Punct }

/// <summary>A token of the analysed text: its position and kind. Its folded form is read from <see cref="TokenStream.Folded"/>.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;
}

/// <summary>
/// The tokens of a text plus a folded copy of the text (lower case, every dash as '-', every apostrophe as '\''),
/// the same length as the text so token offsets index both.
/// </summary>
public sealed class TokenStream
{
    private TokenStream(string text, string folded, Token[] tokens)
    {
        Text = text;
        Folded = folded;
        Tokens = tokens;
        Array = tokens;
    }

    public string Text { get; }
    public string Folded { get; }
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The same tokens as an array, for loops that should not go through the interface.</summary>
    internal Token[] Array { get; }

    /// <summary>Tokens that start a listed phrase (set by <see cref="Phrases"/> on first use).</summary>
    internal int[]? Candidates { get; set; }

    public ReadOnlySpan<char> FoldedOf(Token t) => Folded.AsSpan(t.Start, t.Length);

    private string?[]? _words;
    private int[]? _ids;

    /// <summary>The <see cref="Lexicons.Vocabulary"/> id of token <paramref name="i"/>'s folded form, or -1 (looked up once per text).</summary>
    public int IdAt(int i) => (_ids ??= LookUpIds())[i];

    private int[] LookUpIds()
    {
        var vocabulary = Lexicons.Vocabulary.Instance;
        var ids = new int[Array.Length];
        for (var i = 0; i < ids.Length; i++) ids[i] = vocabulary.IdOf(FoldedOf(Array[i]));
        return ids;
    }

    /// <summary>The folded form of token <paramref name="i"/> as a string (made once), or "" outside the text.</summary>
    public string WordAt(int i)
    {
        if (i < 0 || i >= Tokens.Count) return "";
        _words ??= new string?[Tokens.Count];
        return _words[i] ??= Folded.Substring(Tokens[i].Start, Tokens[i].Length);
    }
    public ReadOnlySpan<char> TextOf(Token t) => Text.AsSpan(t.Start, t.Length);

    public bool IsCapitalised(int index) => Tokens[index].Kind == TokenKind.Word && char.IsUpper(Text[Tokens[index].Start]);

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int IndexAt(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public static TokenStream Create(string text)
    {
        var folded = Fold(text);
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            if (IsWordChar(c))
            {
                var digits = true;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    digits &= char.IsAsciiDigit(text[i]);
                    i++;
                }
                tokens.Add(new Token(start, i - start, digits ? TokenKind.Number : TokenKind.Word));
            }
            else
            {
                i++;
                tokens.Add(new Token(start, 1, TokenKind.Punct));
            }
        }
        return new TokenStream(text, folded, [.. tokens]);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c)
            : char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static string Fold(string text) => string.Create(text.Length, text, static (dst, src) =>
    {
        for (var i = 0; i < src.Length; i++)
        {
            var c = src[i];
            dst[i] = c switch
            {
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                '\u2018' or '\u2019' or '\u02BC' or '`' => '\'',
                '\u201C' or '\u201D' => '"',
                _ => c < 128 ? char.ToLowerInvariant(c) : char.ToLower(c, CultureInfo.InvariantCulture),
            };
        }
    });
}
