using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Concordia.Text.Normalisation;

/// <summary>
/// Finds lines of one text that repeat an earlier line: the same letters and digits, lower case, in the same order
/// (the line's key), at least <see cref="MinKey"/> of them. Keys are not built for every line: a line's fingerprint
/// (how many key characters, their sum and the sum of their squares, which SIMD reads eight characters at a time) is
/// looked up first, and keys are compared only when fingerprints are equal.
/// </summary>
internal sealed class RepeatedPassages(string text)
{
    public const int MinKey = 30;

    /// <summary>Characters below this (Latin, Vietnamese, common punctuation) have their key character in a table.</summary>
    private const int TableSize = 0x2500;

    /// <summary>For each character below <see cref="TableSize"/>, its lower case when it is a letter or digit, else 0.</summary>
    private static readonly char[] KeyChars = [.. Enumerable.Range(0, TableSize).Select(c => SlowKeyChar((char)c))];

    private readonly Dictionary<Fingerprint, List<(int Start, int Length)>> _firsts = [];
    private char[] _key = new char[256];
    private char[] _otherKey = new char[256];

    /// <summary>
    /// The earlier line whose key the line [start, start + length) repeats, or null; a line with a key long enough that
    /// repeats none is remembered.
    /// </summary>
    public (int Start, int Length)? RepeatOf(int start, int length)
    {
        var line = text.AsSpan(start, length);
        var fingerprint = FingerprintOf(line);
        if (fingerprint.Count < MinKey) return null;
        if (!_firsts.TryGetValue(fingerprint, out var firsts)) _firsts[fingerprint] = firsts = [];
        else
        {
            // A passage repeated word for word needs no keys.
            foreach (var first in firsts)
                if (text.AsSpan(first.Start, first.Length).SequenceEqual(line)) return first;
            var key = Key(line, ref _key);
            foreach (var first in firsts)
                if (Key(text.AsSpan(first.Start, first.Length), ref _otherKey).SequenceEqual(key)) return first;
        }
        firsts.Add((start, length));
        return null;
    }

    /// <summary>Letters and digits only, lower case: two lines with the same key repeat each other.</summary>
    internal static ReadOnlySpan<char> Key(ReadOnlySpan<char> line, ref char[] buffer)
    {
        if (buffer.Length < line.Length) buffer = new char[line.Length];
        var n = 0;
        foreach (var c in line)
        {
            var k = KeyChar(c);
            if (k != '\0') buffer[n++] = k;
        }
        return buffer.AsSpan(0, n);
    }

    internal static Fingerprint FingerprintOf(ReadOnlySpan<char> line)
    {
        var (count, sum, squares) = (0u, Vector128<uint>.Zero, Vector128<uint>.Zero);
        var scalar = new Fingerprint(0, 0, 0);
        var chars = MemoryMarshal.Cast<char, ushort>(line);
        var i = 0;
        for (; i + Vector128<ushort>.Count <= chars.Length; i += Vector128<ushort>.Count)
        {
            var v = Vector128.Create(chars.Slice(i, Vector128<ushort>.Count));
            // Lower case is upper case with bit 0x20, which digits have already; no character past ASCII passes these tests.
            var lower = v | Vector128.Create((ushort)0x20);
            var isKey = Vector128.LessThan(lower - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26))
                | Vector128.LessThan(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
            for (var past = Vector128.GreaterThan(v, Vector128.Create((ushort)0x7F)).ExtractMostSignificantBits(); past != 0; past &= past - 1)
                scalar = scalar.Add(KeyChar(line[i + BitOperations.TrailingZeroCount(past)]));
            count += (uint)BitOperations.PopCount(isKey.ExtractMostSignificantBits());
            var (low, high) = Vector128.Widen(lower & isKey);
            sum += low + high;
            squares += low * low + high * high;
        }
        foreach (var c in line[i..]) scalar = scalar.Add(KeyChar(c));
        return new Fingerprint(scalar.Count + count, scalar.Sum + Vector128.Sum(sum), scalar.Squares + Vector128.Sum(squares));
    }

    private static char KeyChar(char c) => c < TableSize ? KeyChars[c] : SlowKeyChar(c);

    private static char SlowKeyChar(char c) => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';

    /// <summary>Equal keys have equal fingerprints (the sums do not depend on where the key characters are).</summary>
    internal readonly record struct Fingerprint(uint Count, uint Sum, uint Squares)
    {
        public Fingerprint Add(char k) => k == '\0' ? this : new(Count + 1, Sum + k, Squares + (uint)k * k);
    }
}
