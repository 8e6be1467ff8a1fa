using System.Numerics;

namespace Concordia.Text.Normalisation;

/// <summary>
/// A read-only set of lower-case ASCII words, packed for fast lookups of spans. A word of up to
/// <see cref="MaxPacked"/> letters is one number, five bits a letter (a = 1 … z = 26, so the number is the word), and
/// a word of up to <see cref="MaxPackedPair"/> letters two (its first <see cref="MaxPacked"/> letters and the rest),
/// kept in open-addressing tables: a lookup reads one slot or two, hashes no string and allocates nothing. The number
/// grows letter by letter (<see cref="Pack(ulong, char)"/>), so the numbers of all prefixes of a token come from one
/// pass. Longer words are kept in a hash set.
/// </summary>
internal sealed class AsciiWordSet
{
    public const int MaxPacked = 12;

    public const int MaxPackedPair = 2 * MaxPacked;

    private readonly ulong[] _slots;
    private readonly (ulong Head, ulong Tail)[] _pairs;
    private readonly int _shift;
    private readonly int _pairShift;
    private readonly int _maxLength;

    /// <summary>
    /// A Bloom filter of the packed words and pairs, one number a word with three of its bits set: a word it rules
    /// out is surely not in the set. The pieces of a glued token are mostly not words; asking the filter first (a
    /// thirty-second of the table, 64 KB for the lexicon, which stays in cache) spares them a read of the big table, and
    /// a word it lets by is still looked up there.
    /// </summary>
    private readonly ulong[] _filter;
    private readonly int _filterShift;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _long;

    public AsciiWordSet(IEnumerable<string> words)
    {
        var distinct = new HashSet<string>(words.Where(IsAsciiLower), StringComparer.Ordinal);
        var packed = distinct.Where(w => w.Length <= MaxPacked).Select(w => TryPack(w, out var p) ? p : 0).ToList();
        _slots = new ulong[TableLength(packed.Count)];
        _shift = 64 - BitOperations.Log2((uint)_slots.Length);
        _filter = new ulong[_slots.Length / 32];
        _filterShift = 64 - BitOperations.Log2((uint)_filter.Length);
        foreach (var p in packed)
        {
            var slot = Slot(p, _shift);
            while (_slots[slot] != 0) slot = (slot + 1) & (_slots.Length - 1);
            _slots[slot] = p;
            Filter(p);
        }
        var pairs = distinct.Where(w => w.Length is > MaxPacked and <= MaxPackedPair).ToList();
        _pairs = new (ulong, ulong)[TableLength(pairs.Count)];
        _pairShift = 64 - BitOperations.Log2((uint)_pairs.Length);
        foreach (var word in pairs)
        {
            TryPack(word.AsSpan(0, MaxPacked), out var head);
            TryPack(word.AsSpan(MaxPacked), out var tail);
            var slot = Slot(head ^ tail, _pairShift);
            while (_pairs[slot].Head != 0) slot = (slot + 1) & (_pairs.Length - 1);
            _pairs[slot] = (head, tail);
            Filter(PairKey(head, tail));
        }
        _long = new HashSet<string>(distinct.Where(w => w.Length > MaxPackedPair), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _maxLength = distinct.Count == 0 ? 0 : distinct.Max(w => w.Length);
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        // Most pieces of a glued token are longer than any function word, and are not packed.
        if (word.Length > _maxLength) return false;
        if (word.Length <= MaxPacked) return TryPack(word, out var packed) && Contains(packed);
        if (word.Length <= MaxPackedPair)
            return TryPack(word[..MaxPacked], out var head) && TryPack(word[MaxPacked..], out var tail) && ContainsPair(head, tail);
        return _long.Contains(word);
    }

    /// <summary>Membership of the word packed as <paramref name="packed"/> (see <see cref="Pack(ulong, char)"/>).</summary>
    public bool Contains(ulong packed)
    {
        for (var slot = Slot(packed, _shift); ; slot = (slot + 1) & (_slots.Length - 1))
        {
            var entry = _slots[slot];
            if (entry == packed) return packed != 0;
            if (entry == 0) return false;
        }
    }

    /// <summary>Membership of the word whose first <see cref="MaxPacked"/> letters pack as <paramref name="head"/> and the rest as <paramref name="tail"/>.</summary>
    private bool ContainsPair(ulong head, ulong tail)
    {
        for (var slot = Slot(head ^ tail, _pairShift); ; slot = (slot + 1) & (_pairs.Length - 1))
        {
            var entry = _pairs[slot];
            if (entry.Head == head && entry.Tail == tail) return head != 0;
            if (entry.Head == 0) return false;
        }
    }

    /// <summary>
    /// The number of a word one letter longer than the word packed as <paramref name="packed"/>: the lower case of
    /// <paramref name="letter"/> (A–Z or a–z, which have the same five low bits).
    /// </summary>
    public static ulong Pack(ulong packed, char letter) => (packed << 5) | (uint)(letter & 31);

    /// <summary>The number of a word of 1 to <see cref="MaxPacked"/> letters a–z; false for any other word.</summary>
    public static bool TryPack(ReadOnlySpan<char> word, out ulong packed)
    {
        packed = 0;
        if (word.IsEmpty || word.Length > MaxPacked) return false;
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c)) return false;
            packed = Pack(packed, c);
        }
        return true;
    }

    /// <summary>
    /// Fills <paramref name="packs"/>[i], for i up to <see cref="MaxPackedPair"/>, with the number of
    /// <paramref name="lower"/>[..i] up to <see cref="MaxPacked"/> letters, and past that of <paramref name="lower"/>[MaxPacked..i].
    /// </summary>
    public static void PrefixPacks(ReadOnlySpan<char> lower, Span<ulong> packs)
    {
        packs[0] = 0;
        for (var i = 0; i < Math.Min(lower.Length, MaxPackedPair); i++) packs[i + 1] = Pack(i == MaxPacked ? 0 : packs[i], lower[i]);
    }

    /// <summary>
    /// Membership of <paramref name="lower"/>[..length], whose prefix numbers <see cref="PrefixPacks"/> gave; the
    /// filter is asked first, as most prefixes looked up are not words.
    /// </summary>
    public bool ContainsPrefix(ReadOnlySpan<char> lower, int length, ReadOnlySpan<ulong> packs)
    {
        if (length <= MaxPacked) return MayContain(packs[length]) && Contains(packs[length]);
        if (length > MaxPackedPair) return _long.Contains(lower[..length]);
        return MayContain(PairKey(packs[MaxPacked], packs[length])) && ContainsPair(packs[MaxPacked], packs[length]);
    }

    /// <summary>
    /// Fills <paramref name="words"/>[k], for k from <paramref name="from"/> on, with the membership of
    /// <paramref name="lower"/>[k..] (letters a–z), packing each suffix from the next one: a letter more in front.
    /// </summary>
    public void SuffixWords(ReadOnlySpan<char> lower, int from, Span<bool> words)
    {
        Span<ulong> packs = stackalloc ulong[MaxPacked + 1];
        var window = 0UL;
        for (var k = lower.Length - 1; k >= from; k--)
        {
            var length = lower.Length - k;
            var letter = (ulong)(lower[k] & 31);
            if (length <= MaxPacked)
            {
                window |= letter << (5 * (length - 1));
                packs[length] = window;
                words[k] = MayContain(window) && Contains(window);
            }
            else
            {
                // The first MaxPacked letters: the next suffix's, less its last letter, and this one in front.
                window = (window >> 5) | (letter << (5 * (MaxPacked - 1)));
                words[k] = length <= MaxPackedPair
                    ? MayContain(PairKey(window, packs[length - MaxPacked])) && ContainsPair(window, packs[length - MaxPacked])
                    : _long.Contains(lower[k..]);
            }
        }
    }

    /// <summary>False when <paramref name="key"/> (a packed word or a <see cref="PairKey"/>) is surely not in the set.</summary>
    private bool MayContain(ulong key)
    {
        var (index, bits) = FilterBitsOf(key);
        return (_filter[index] & bits) == bits;
    }

    private void Filter(ulong key)
    {
        var (index, bits) = FilterBitsOf(key);
        _filter[index] |= bits;
    }

    private (int Index, ulong Bits) FilterBitsOf(ulong key)
    {
        var h = (key ^ (key >> 31)) * 0xBF58476D1CE4E5B9;
        h ^= h >> 29;
        return ((int)(h >> _filterShift), (1UL << (int)(h & 63)) | (1UL << (int)((h >> 6) & 63)) | (1UL << (int)((h >> 12) & 63)));
    }

    private static ulong PairKey(ulong head, ulong tail) => head ^ (tail * 0x9E3779B97F4A7C15);

    /// <summary>A power of two at least twice <paramref name="count"/> (and 64, for the filter): a table at most half full, where a miss ends soon.</summary>
    private static int TableLength(int count)
    {
        var length = 64;
        while (length < count * 2) length *= 2;
        return length;
    }

    private static int Slot(ulong packed, int shift) => (int)((packed * 0x9E3779B97F4A7C15) >> shift);

    private static bool IsAsciiLower(string word)
    {
        if (word.Length is 0 or > 255) return false;
        foreach (var c in word)
            if (!char.IsAsciiLetterLower(c)) return false;
        return true;
    }
}
