using System.Globalization;
using System.Runtime.Intrinsics;

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
    private TokenStream(string text, string folded, Token[] tokens, uint[]? hashes, int[]? ids, List<int>? triggerWords, PhraseCandidates? candidates)
    {
        Candidates = candidates;
        Text = text;
        Folded = folded;
        Tokens = tokens;
        Array = tokens;
        _hashes = hashes;
        _ids = ids;
        _triggerWords = triggerWords;
    }

    /// <summary>Each token's folded form hashed with <see cref="Lexicons.WordIds.Hash"/>, made while tokenising (when the ids are not).</summary>
    private readonly uint[]? _hashes;

    public string Text { get; }
    public string Folded { get; }
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The same tokens as an array, for the library's own loops: an index through the interface is a call each time.</summary>
    internal Token[] Array { get; }

    /// <summary>Tokens that may start a listed phrase (made while tokenising, or by <see cref="Phrases"/> on first use).</summary>
    internal PhraseCandidates? Candidates { get; set; }

    public ReadOnlySpan<char> FoldedOf(Token t) => Folded.AsSpan(t.Start, t.Length);

    private string?[]? _words;
    private int[]? _ids;

    /// <summary>The <see cref="Lexicons.Vocabulary"/> id of token <paramref name="i"/>'s folded form, or -1 (looked up once per text).</summary>
    public int IdAt(int i) => (_ids ??= LookUpIds())[i];

    private int[] LookUpIds()
    {
        var vocabulary = Lexicons.Vocabulary.Instance;
        var ids = new int[Array.Length];
        var triggers = new List<int>();
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i] = vocabulary.IdOf(FoldedOf(Array[i]), _hashes![i]);
            if (id >= 0 && vocabulary.IsTrigger(id)) triggers.Add(i);
        }
        _triggerWords = triggers;
        return ids;
    }

    /// <summary>The tokens' <see cref="Lexicons.Vocabulary"/> ids, or -1, by token index (looked up once per text).</summary>
    internal int[] Ids => _ids ??= LookUpIds();

    private List<int>? _triggerWords;

    /// <summary>The indexes of the tokens that are a trigger word of some rule (<see cref="Lexicons.Vocabulary.IsTrigger"/>), in text order.</summary>
    internal List<int> TriggerWords
    {
        get
        {
            _ids ??= LookUpIds();
            return _triggerWords!;
        }
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
        if (i < 0 || i >= Array.Length) return "";
        _words ??= new string?[Array.Length];
        return _words[i] ??= Folded.Substring(Array[i].Start, Array[i].Length);
    }
    public ReadOnlySpan<char> TextOf(Token t) => Text.AsSpan(t.Start, t.Length);

    public bool IsCapitalised(int index) => Array[index].Kind == TokenKind.Word && char.IsUpper(Text[Array[index].Start]);

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int IndexAt(int offset)
    {
        int lo = 0, hi = Array.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Array[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public static TokenStream Create(string text) => Create(text, null);

    /// <summary>
    /// The tokens with their <see cref="Lexicons.Vocabulary"/> ids looked up as each token is cut, while its folded
    /// form is in cache (what the recognisers need; the vocabulary itself is built with <see cref="Create(string)"/>).
    /// </summary>
    internal static TokenStream CreateWithIds(string text) => Create(text, Lexicons.Vocabulary.Instance);

    private static TokenStream Create(string text, Lexicons.Vocabulary? vocabulary)
    {
        // string.Create does not call back for an empty string.
        if (text.Length == 0)
            return new TokenStream(text, text, [], [], vocabulary is null ? null : [], vocabulary is null ? null : [], vocabulary is null ? null : new([], []));
        // Made first: building the phrase lists tokenises their phrases, with this thread's scanner.
        var firsts = vocabulary is null ? null : Phrases.FirstTokens;
        var scan = t_scanner ??= new Scanner();
        var folded = string.Create(text.Length, (text, scan), static (dst, state) => state.scan.Fold(state.text, dst));
        var (tokens, hashes, ids, triggers, candidates) = scan.Cut(folded, vocabulary, firsts);
        if (scan.Capacity > MaxKeptScratch) t_scanner = null;
        return new TokenStream(text, folded, tokens, hashes, ids, triggers, candidates);
    }

    /// <summary>The scanner's buffers, reused by the next text on this thread.</summary>
    [ThreadStatic]
    private static Scanner? t_scanner;

    /// <summary>Buffers grown past this many blocks by a very long text are not kept.</summary>
    private const int MaxKeptScratch = 1 << 16;

    /// <summary>
    /// Two passes over the text, sixteen characters at a time. The first writes the folded text and two bit masks per
    /// block (word characters, other non-space characters) and counts the tokens: a token is a run of letters, digits
    /// and combining marks, or one other non-space character. A block of ASCII is folded and classified with vector
    /// instructions, any other block a character at a time. The second reads where tokens start and end from where the
    /// masks change and writes them, with their hashes or vocabulary ids, straight into arrays of the exact size. The
    /// scratch is small (a byte per two characters), so it costs little to bring back into cache for each text.
    /// </summary>
    private sealed class Scanner
    {
        private const int Block = 16;

        private uint[] _word = new uint[1024];
        private uint[] _punct = new uint[1024];
        private int _count;

        public int Capacity => _word.Length;

        public void Fold(string text, Span<char> dst)
        {
            ReadOnlySpan<char> src = text;
            dst = dst[..src.Length];
            var blocks = (src.Length + Block - 1) / Block;
            if (blocks > _word.Length) (_word, _punct) = (new uint[blocks], new uint[blocks]);
            var inWord = 0u;
            var count = 0;
            for (var j = 0; j < blocks; j++)
            {
                var b = j * Block;
                var length = Math.Min(Block, src.Length - b);
                var (word, punct) = length == Block && AsciiBlock(src.Slice(b, Block), dst.Slice(b, Block)) is { } masks
                    ? masks
                    : OtherBlock(src.Slice(b, length), dst.Slice(b, length));
                (_word[j], _punct[j]) = (word, punct);
                count += System.Numerics.BitOperations.PopCount((word & ~((word << 1) | inWord)) | punct);
                inWord = (word >> (length - 1)) & 1;
            }
            _count = count;
        }

        /// <summary>
        /// The tokens of the text <see cref="Fold"/> last read, and either their hashes or, given the vocabulary, their
        /// ids, the indexes of the trigger words among them and the tokens that may start a listed phrase.
        /// </summary>
        public (Token[] Tokens, uint[]? Hashes, int[]? Ids, List<int>? Triggers, PhraseCandidates? Candidates) Cut(string folded, Lexicons.Vocabulary? vocabulary, int[]? firsts)
        {
            var tokens = new Token[_count];
            var hashes = vocabulary is null ? new uint[_count] : null;
            var ids = vocabulary is null ? null : new int[_count];
            var triggers = vocabulary is null ? null : new List<int>();
            var candidates = vocabulary is null ? null : new PhraseCandidates(new int[_count], []);
            var (starts, ends, inWord) = (0, 0, 0u);
            for (var b = 0; b < folded.Length; b += Block)
            {
                var length = Math.Min(Block, folded.Length - b);
                var (word, punct) = (_word[b / Block], _punct[b / Block]);
                var carried = (word << 1) | inWord;
                inWord = (word >> (length - 1)) & 1;
                // A word starts where a word character follows another character; a punctuation token is one character.
                for (var first = (word & ~carried) | punct; first != 0; first &= first - 1)
                {
                    var k = System.Numerics.BitOperations.TrailingZeroCount(first);
                    tokens[starts++] = new Token(b + k, 0, ((punct >> k) & 1) != 0 ? TokenKind.Punct : TokenKind.Word);
                }
                // Every token that ends here started here or before, so its start is already written.
                for (var last = (~word & carried & ((1u << length) - 1)) | (punct << 1); last != 0; last &= last - 1)
                    End(tokens, ends++, b + System.Numerics.BitOperations.TrailingZeroCount(last));
            }
            if (inWord != 0) End(tokens, ends, folded.Length);
            // Then each token's kind, and its hash or its vocabulary id, in a plain loop over the tokens just written.
            for (var t = 0; t < tokens.Length; t++)
            {
                var token = tokens[t];
                var form = folded.AsSpan(token.Start, token.Length);
                if (token.Kind == TokenKind.Word && char.IsAsciiDigit(form[0]) && !form.ContainsAnyExceptInRange('0', '9'))
                    tokens[t] = token with { Kind = TokenKind.Number };
                var hash = Lexicons.WordIds.Hash(form);
                if (vocabulary is null)
                {
                    hashes![t] = hash;
                    continue;
                }
                var id = ids![t] = vocabulary.IdOf(form, hash);
                if (id < 0) continue;
                if (vocabulary.IsTrigger(id)) triggers!.Add(t);
                if (token.Kind != TokenKind.Punct && (candidates!.Masks[t] = firsts![id]) != 0) candidates.Tokens.Add(t);
            }
            return (tokens, hashes, ids, triggers, candidates);
        }

        private static void End(Token[] tokens, int t, int end) => tokens[t] = tokens[t] with { Length = end - tokens[t].Start };

        /// <summary>Folds and classifies sixteen ASCII characters at once; null when the block has any other character.</summary>
        private static (uint Word, uint Punct)? AsciiBlock(ReadOnlySpan<char> src, Span<char> dst)
        {
            if (!Vector256.IsHardwareAccelerated) return null;
            var v = Vector256.Create(System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(src));
            if (Vector256.GreaterThanAny(v, Vector256.Create((ushort)0x7F))) return null;
            var upper = Vector256.LessThan(v - Vector256.Create((ushort)'A'), Vector256.Create((ushort)26));
            var letter = upper | Vector256.LessThan(v - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
            var digit = Vector256.LessThan(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
            // Tab, line feed, vertical tab, form feed, carriage return and space: the ASCII characters char.IsWhiteSpace accepts.
            var space = Vector256.Equals(v, Vector256.Create((ushort)' ')) | Vector256.LessThan(v - Vector256.Create((ushort)'\t'), Vector256.Create((ushort)5));
            var folded = Vector256.ConditionalSelect(Vector256.Equals(v, Vector256.Create((ushort)'`')), Vector256.Create((ushort)'\''),
                v | (upper & Vector256.Create((ushort)0x20)));
            folded.CopyTo(System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(dst));
            var word = (letter | digit).ExtractMostSignificantBits();
            return (word, ~(word | space.ExtractMostSignificantBits()) & 0xFFFF);
        }

        /// <summary>The same as <see cref="AsciiBlock"/> a character at a time, for any characters and a short last block.</summary>
        private static (uint Word, uint Punct) OtherBlock(ReadOnlySpan<char> src, Span<char> dst)
        {
            uint word = 0, punct = 0;
            for (var k = 0; k < src.Length; k++)
            {
                var (isWord, folded) = Read(src[k]);
                dst[k] = folded;
                if (isWord) word |= 1u << k;
                else if (!char.IsWhiteSpace(src[k])) punct |= 1u << k;
            }
            return (word, punct);
        }
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
