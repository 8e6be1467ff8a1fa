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
    private TokenStream(string text, string folded, Token[] tokens, uint[] hashes)
    {
        Text = text;
        Folded = folded;
        Tokens = tokens;
        Array = tokens;
        _hashes = hashes;
    }

    /// <summary>Each token's folded form hashed with <see cref="Lexicons.WordIds.Hash"/>, made while tokenising.</summary>
    private readonly uint[] _hashes;

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
        for (var i = 0; i < ids.Length; i++) ids[i] = vocabulary.IdOf(FoldedOf(Array[i]), _hashes[i]);
        return ids;
    }

    /// <summary>The tokens' <see cref="Lexicons.Vocabulary"/> ids, or -1, by token index (looked up once per text).</summary>
    internal int[] Ids => _ids ??= LookUpIds();

    private List<int>? _triggerWords;

    /// <summary>The indexes of the tokens that are a trigger word of some rule (<see cref="Lexicons.Vocabulary.IsTrigger"/>), in text order.</summary>
    internal List<int> TriggerWords => _triggerWords ??= FindTriggerWords();

    private List<int> FindTriggerWords()
    {
        var vocabulary = Lexicons.Vocabulary.Instance;
        var ids = Ids;
        var found = new List<int>();
        for (var i = 0; i < ids.Length; i++)
            if (ids[i] >= 0 && vocabulary.IsTrigger(ids[i])) found.Add(i);
        return found;
    }

    private List<int>? _digitStarts;

    /// <summary>The indexes of the tokens that start with a decimal digit ("2024", "12th"), in text order.</summary>
    internal List<int> DigitStarts => _digitStarts ??= FindDigitStarts();

    private List<int> FindDigitStarts()
    {
        var found = new List<int>();
        for (var i = 0; i < Array.Length; i++)
            if (char.IsDigit(Text[Array[i].Start])) found.Add(i);
        return found;
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
        var scan = t_scanner ??= new Scanner(4096);
        scan.Clear();
        var folded = string.Create(text.Length, (text, scan), static (dst, state) => state.scan.Run(state.text, dst));
        var stream = new TokenStream(text, folded, scan.Tokens(), scan.Hashes());
        if (scan.Capacity > MaxKeptScratch) t_scanner = null;
        return stream;
    }

    /// <summary>The scanner's buffers, reused by the next text on this thread (only the exact token arrays are allocated).</summary>
    [ThreadStatic]
    private static Scanner? t_scanner;

    /// <summary>Buffers grown past this many tokens by a very long text are not kept.</summary>
    private const int MaxKeptScratch = 1 << 18;

    /// <summary>
    /// One pass over the text: writes the folded text, cuts tokens (a run of letters, digits and combining marks, or
    /// one other non-space character) and hashes each token's folded form.
    /// </summary>
    private sealed class Scanner(int capacity)
    {
        private Token[] _tokens = new Token[capacity];
        private uint[] _hashes = new uint[capacity];
        private int _count;

        public int Capacity => _tokens.Length;

        public void Clear() => _count = 0;

        public void Run(string text, Span<char> dst)
        {
            ReadOnlySpan<char> src = text;
            dst = dst[..src.Length];
            var i = 0;
            while (i < src.Length)
            {
                var start = i;
                var (word, folded) = Read(src[i]);
                if (!word)
                {
                    dst[i++] = folded;
                    if (!char.IsWhiteSpace(src[start])) Add(new Token(start, 1, TokenKind.Punct), Lexicons.WordIds.HashNext(Lexicons.WordIds.HashStart, folded));
                    continue;
                }
                var digits = true;
                var hash = Lexicons.WordIds.HashStart;
                do
                {
                    dst[i] = folded;
                    hash = Lexicons.WordIds.HashNext(hash, folded);
                    digits &= char.IsAsciiDigit(folded);
                    if (++i >= src.Length) break;
                    (word, folded) = Read(src[i]);
                }
                while (word);
                Add(new Token(start, i - start, digits ? TokenKind.Number : TokenKind.Word), hash);
            }
        }

        private void Add(Token token, uint hash)
        {
            if (_count == _tokens.Length)
            {
                System.Array.Resize(ref _tokens, _count * 2);
                System.Array.Resize(ref _hashes, _count * 2);
            }
            _tokens[_count] = token;
            _hashes[_count++] = hash;
        }

        public Token[] Tokens() => _tokens[.._count];

        public uint[] Hashes() => _hashes[.._count];
    }

    /// <summary>
    /// Whether <paramref name="c"/> is a word character (a letter, a decimal digit or a combining mark), and its folded
    /// form: lower case, every dash as '-', every apostrophe as '\'', curly double quotes as '"'.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static (bool Word, char Folded) Read(char c) => c < 128
        ? (char.IsAsciiLetterOrDigit(c), c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c == '`' ? '\'' : c)
        : ReadOther(c);

    private static (bool Word, char Folded) ReadOther(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        var word = category is <= UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber;
        var folded = c switch
        {
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
            '\u2018' or '\u2019' or '\u02BC' => '\'',
            '\u201C' or '\u201D' => '"',
            // Characters of these categories have no lower-case mapping: no need to ask ICU (most Vietnamese letters).
            _ when category is UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.DecimalDigitNumber => c,
            _ => char.ToLower(c, CultureInfo.InvariantCulture),
        };
        return (word, folded);
    }
}
