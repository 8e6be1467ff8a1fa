using System.Runtime.InteropServices;
using Concordia.Text.Lexicons;

namespace Concordia.Text.Assembly;

/// <summary>
/// Words numbered 0, 1, 2 ... in the order first seen, growing as they come: like <see cref="WordIds"/> (the characters
/// of all words in one array, an open-addressing table of (hash, id)), so a look-up by span allocates nothing.
/// </summary>
internal sealed class WordNumbers
{
    private char[] _chars;
    private int[] _starts;
    private ulong[] _slots;
    private int _count;

    /// <summary>Sized for words of <paramref name="chars"/> characters in all (about one in eight starts a new word).</summary>
    public WordNumbers(int chars)
    {
        var words = chars / 8 + 4;
        _chars = new char[Math.Max(16, chars / 2)];
        _starts = new int[words + 1];
        _slots = new ulong[Math.Max(16, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)words * 2))];
    }

    public int Count => _count;

    /// <summary>The number of <paramref name="word"/> (four characters or more), given the next one if it is new.</summary>
    public int NumberOf(ReadOnlySpan<char> word)
    {
        var hash = Hash(word);
        var mask = _slots.Length - 1;
        var slot = (int)hash & mask;
        for (; _slots[slot] is var entry and not 0; slot = (slot + 1) & mask)
        {
            var id = (int)(uint)entry - 1;
            if ((uint)(entry >> 32) == hash && _chars.AsSpan(_starts[id], _starts[id + 1] - _starts[id]).SequenceEqual(word)) return id;
        }
        return Add(word, hash, slot);
    }

    private int Add(ReadOnlySpan<char> word, uint hash, int slot)
    {
        var id = _count++;
        if (_starts.Length < _count + 1) Array.Resize(ref _starts, _starts.Length * 2);
        var end = _starts[id] + word.Length;
        if (_chars.Length < end) Array.Resize(ref _chars, Math.Max(end, _chars.Length * 2));
        word.CopyTo(_chars.AsSpan(_starts[id]));
        _starts[id + 1] = end;
        _slots[slot] = ((ulong)hash << 32) | (uint)(id + 1);
        if (_count * 2 > _slots.Length) Grow();
        return id;
    }

    /// <summary>
    /// From the first and last four characters and the length, read eight bytes at a time (a per-character hash was a
    /// sixth of the time of <see cref="ActionWords.Of"/>); words that share them are told apart by comparing characters.
    /// </summary>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var bytes = MemoryMarshal.AsBytes(word);
        var first = MemoryMarshal.Read<ulong>(bytes);
        var last = MemoryMarshal.Read<ulong>(bytes[^8..]);
        return (uint)(((first * 0x9E3779B97F4A7C15) ^ (last * 0xC2B2AE3D27D4EB4F) ^ (ulong)word.Length) >> 32);
    }

    /// <summary>Doubles the table, which is kept at most half full.</summary>
    private void Grow()
    {
        var slots = new ulong[_slots.Length * 2];
        var mask = slots.Length - 1;
        foreach (var entry in _slots)
        {
            if (entry == 0) continue;
            var slot = (int)(entry >> 32) & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = entry;
        }
        _slots = slots;
    }
}
