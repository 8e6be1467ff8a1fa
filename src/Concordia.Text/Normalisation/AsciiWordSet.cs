namespace Concordia.Text.Normalisation;

/// <summary>
/// A read-only set of lower-case ASCII words, packed for fast lookups of spans: the letters of all words in one
/// byte array and an open-addressing table of (hash, offset, length) in one <c>ulong</c> per slot, so a lookup
/// touches one slot and one run of bytes and allocates nothing. The hash is FNV-1a, which grows letter by letter,
/// so the hashes of all prefixes of a token come from one pass (<see cref="PrefixHashes"/>).
/// </summary>
internal sealed class AsciiWordSet
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    private readonly byte[] _letters;
    private readonly ulong[] _slots;
    private readonly int _mask;

    public AsciiWordSet(IEnumerable<string> words)
    {
        var distinct = new HashSet<string>(words.Where(IsAsciiLower), StringComparer.Ordinal);
        var size = 1;
        while (size < distinct.Count * 2) size <<= 1;
        _slots = new ulong[size];
        _mask = size - 1;
        _letters = new byte[distinct.Sum(w => w.Length)];
        var at = 0;
        foreach (var word in distinct)
        {
            for (var i = 0; i < word.Length; i++) _letters[at + i] = (byte)word[i];
            var hash = Hash(word);
            var slot = (int)hash & _mask;
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = ((ulong)hash << 32) | ((uint)at << 8) | (uint)word.Length;
            at += word.Length;
        }
    }

    public bool Contains(ReadOnlySpan<char> word) => word.Length is > 0 and < 256 && Contains(word, Hash(word));

    /// <summary>Membership of <paramref name="word"/> whose <see cref="Hash"/> is already known.</summary>
    public bool Contains(ReadOnlySpan<char> word, uint hash)
    {
        var key = hash;
        for (var slot = (int)hash & _mask; ; slot = (slot + 1) & _mask)
        {
            var entry = _slots[slot];
            if (entry == 0) return false;
            if ((uint)(entry >> 32) == key && (int)(entry & 0xFF) == word.Length && SameLetters(word, (int)((uint)entry >> 8)))
                return true;
        }
    }

    /// <summary>The hash of the empty word; <see cref="Hash(uint, char)"/> adds a letter.</summary>
    public const uint EmptyHash = Offset;

    public static uint Hash(ReadOnlySpan<char> word)
    {
        var h = Offset;
        foreach (var c in word) h = Hash(h, c);
        return h;
    }

    /// <summary>The hash of the word hashed to <paramref name="hash"/> with <paramref name="c"/> added at its end.</summary>
    public static uint Hash(uint hash, char c) => (hash ^ c) * Prime;

    /// <summary>Fills <paramref name="hashes"/>[i] with the hash of <paramref name="word"/>[..i] (i from 0 to its length).</summary>
    public static void PrefixHashes(ReadOnlySpan<char> word, Span<uint> hashes)
    {
        var h = Offset;
        hashes[0] = h;
        for (var i = 0; i < word.Length; i++) hashes[i + 1] = h = (h ^ word[i]) * Prime;
    }

    private bool SameLetters(ReadOnlySpan<char> word, int at)
    {
        var letters = _letters.AsSpan(at, word.Length);
        for (var i = 0; i < word.Length; i++)
            if (letters[i] != word[i]) return false;
        return true;
    }

    private static bool IsAsciiLower(string word)
    {
        if (word.Length is 0 or > 255) return false;
        foreach (var c in word)
            if (!char.IsAsciiLetterLower(c)) return false;
        return true;
    }
}
