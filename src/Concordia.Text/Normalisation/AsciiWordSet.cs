namespace Concordia.Text.Normalisation;

/// <summary>
/// A read-only set of lower-case ASCII words, packed for fast lookups of spans. A word of up to
/// <see cref="MaxPacked"/> letters is one number, five bits a letter (a = 1 … z = 26, so the number is the word),
/// kept in an open-addressing table: a lookup reads one slot or two and allocates nothing. The number grows letter by
/// letter (<see cref="Pack(ulong, char)"/>), so the numbers of all prefixes of a token come from one pass. Longer words
/// are kept in a hash set.
/// </summary>
internal sealed class AsciiWordSet
{
    public const int MaxPacked = 12;

    private readonly ulong[] _slots;
    private readonly int _shift;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _long;

    public AsciiWordSet(IEnumerable<string> words)
    {
        var distinct = new HashSet<string>(words.Where(IsAsciiLower), StringComparer.Ordinal);
        var packed = distinct.Where(w => w.Length <= MaxPacked).Select(w => TryPack(w, out var p) ? p : 0).ToList();
        var bits = 1;
        while (1 << bits < packed.Count * 2) bits++;
        _slots = new ulong[1 << bits];
        _shift = 64 - bits;
        foreach (var p in packed)
        {
            var slot = Slot(p);
            while (_slots[slot] != 0) slot = (slot + 1) & (_slots.Length - 1);
            _slots[slot] = p;
        }
        _long = new HashSet<string>(distinct.Where(w => w.Length > MaxPacked), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) =>
        word.Length > MaxPacked ? _long.Contains(word) : TryPack(word, out var packed) && Contains(packed);

    /// <summary>Membership of the word packed as <paramref name="packed"/> (see <see cref="Pack(ulong, char)"/>).</summary>
    public bool Contains(ulong packed)
    {
        for (var slot = Slot(packed); ; slot = (slot + 1) & (_slots.Length - 1))
        {
            var entry = _slots[slot];
            if (entry == packed) return packed != 0;
            if (entry == 0) return false;
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

    /// <summary>Fills <paramref name="packs"/>[i] with the number of <paramref name="lower"/>[..i], for i up to <see cref="MaxPacked"/>.</summary>
    public static void PrefixPacks(ReadOnlySpan<char> lower, Span<ulong> packs)
    {
        packs[0] = 0;
        for (var i = 0; i < Math.Min(lower.Length, MaxPacked); i++) packs[i + 1] = Pack(packs[i], lower[i]);
    }

    /// <summary>Membership of <paramref name="lower"/>[..length], whose prefix numbers <see cref="PrefixPacks"/> gave.</summary>
    public bool ContainsPrefix(ReadOnlySpan<char> lower, int length, ReadOnlySpan<ulong> packs) =>
        length <= MaxPacked ? Contains(packs[length]) : _long.Contains(lower[..length]);

    private int Slot(ulong packed) => (int)((packed * 0x9E3779B97F4A7C15) >> _shift);

    private static bool IsAsciiLower(string word)
    {
        if (word.Length is 0 or > 255) return false;
        foreach (var c in word)
            if (!char.IsAsciiLetterLower(c)) return false;
        return true;
    }
}
