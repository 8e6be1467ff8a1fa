namespace Concordia.Text.Lexicons;

/// <summary>
/// Words numbered 0, 1, 2 ... in the order added, looked up by span without allocating: the characters of all words
/// in one array and an open-addressing table of (hash, id) in one <c>ulong</c> per slot, small enough to stay in
/// cache for the per-token lookups of a text.
/// </summary>
internal sealed class WordIds
{
    private readonly char[] _chars;
    private readonly int[] _starts;
    private readonly ulong[] _slots;
    private readonly int _mask;

    public WordIds(IReadOnlyList<string> words)
    {
        _chars = [.. words.SelectMany(w => w)];
        _starts = new int[words.Count + 1];
        for (var i = 0; i < words.Count; i++) _starts[i + 1] = _starts[i] + words[i].Length;
        var size = 16;
        while (size < words.Count * 4) size <<= 1;
        _slots = new ulong[size];
        _mask = size - 1;
        _present = new ulong[PresentBits / 64];
        for (var id = 0; id < words.Count; id++)
        {
            var hash = Hash(words[id]);
            var slot = (int)hash & _mask;
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = ((ulong)hash << 32) | (uint)(id + 1);
            _present[(hash >> 6) & (PresentBits / 64 - 1)] |= 1UL << (int)hash;
        }
    }

    public int Count => _starts.Length - 1;

    /// <summary>
    /// One bit per hash value (modulo 32,768) that some word has: 4 KB, so a word that is not in the table (most
    /// tokens of a text) is usually turned away without touching the table.
    /// </summary>
    private readonly ulong[] _present;

    private const int PresentBits = 1 << 15;

    /// <summary>The id of <paramref name="word"/>, or -1.</summary>
    public int IdOf(ReadOnlySpan<char> word) => IdOf(word, Hash(word));

    /// <summary>The id of <paramref name="word"/> whose <see cref="Hash"/> is already known, or -1.</summary>
    public int IdOf(ReadOnlySpan<char> word, uint hash)
    {
        if ((_present[(hash >> 6) & (PresentBits / 64 - 1)] & (1UL << (int)hash)) == 0) return -1;
        for (var slot = (int)hash & _mask; ; slot = (slot + 1) & _mask)
        {
            var entry = _slots[slot];
            if (entry == 0) return -1;
            if ((uint)(entry >> 32) != hash) continue;
            var id = (int)(uint)entry - 1;
            if (_chars.AsSpan(_starts[id], _starts[id + 1] - _starts[id]).SequenceEqual(word)) return id;
        }
    }

    /// <summary>
    /// A hash of the length and of the first and the last four characters (read as two eight-byte numbers, which
    /// overlap in a word of fewer than eight characters; a word of fewer than four is read character by character):
    /// three multiplies for any word. Words that share all three are told apart by comparing characters.
    /// </summary>
    public static uint Hash(ReadOnlySpan<char> word)
    {
        ulong first, last;
        if (word.Length >= 4)
        {
            var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(word);
            first = System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(bytes);
            last = System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(bytes[^8..]);
        }
        else
        {
            first = word.Length switch
            {
                0 => 0,
                1 => word[0],
                2 => word[0] | ((ulong)word[1] << 16),
                _ => word[0] | ((ulong)word[1] << 16) | ((ulong)word[2] << 32),
            };
            last = 0;
        }
        var h = (first * 0x9E3779B97F4A7C15) ^ (last * 0xC2B2AE3D27D4EB4F) ^ (ulong)word.Length;
        // A product's high bits depend on all of a number's bits, its low bits only on the low ones: fold them down.
        h = (h ^ (h >> 29)) * 0xBF58476D1CE4E5B9;
        return (uint)(h >> 32);
    }
}
