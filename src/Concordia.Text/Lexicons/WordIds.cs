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
    /// A hash of the characters, four at a time (one multiply per four characters, where FNV-1a needs one per
    /// character), finished so that its low bits, which pick the slot, depend on every character.
    /// </summary>
    public static uint Hash(ReadOnlySpan<char> word)
    {
        const ulong K = 0x9E3779B97F4A7C15;
        var h = (ulong)word.Length * K;
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(word);
        var i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
            h = (h ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes[i..])) * K;
        if (i < bytes.Length)
        {
            var tail = 0UL;
            for (var j = bytes.Length - 1; j >= i; j--) tail = (tail << 8) | bytes[j];
            h = (h ^ tail) * K;
        }
        h ^= h >> 32;
        h *= 0xD6E8FEB86659FD93;
        h ^= h >> 32;
        return (uint)h;
    }
}
