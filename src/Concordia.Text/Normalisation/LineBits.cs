using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Concordia.Text.Normalisation;

/// <summary>
/// Bit masks of a line, 64 characters a number, read eight characters at a time: which characters are ASCII letters
/// and which are the marks after which <see cref="LineWriter"/> may put a space (',', ';', '”' and ')').
/// </summary>
internal readonly ref struct LineBits
{
    private readonly Span<ulong> _letters;
    private readonly Span<ulong> _marks;

    /// <summary>The masks of <paramref name="line"/>, kept in <paramref name="buffer"/> (<see cref="BufferLength"/> numbers).</summary>
    public LineBits(ReadOnlySpan<char> line, Span<ulong> buffer)
    {
        Blocks = (line.Length + 63) / 64;
        buffer.Clear();
        // One more block of letters, empty, so a run can be followed past the last block.
        _letters = buffer[..(Blocks + 1)];
        _marks = buffer.Slice(Blocks + 1, Blocks);
        var chars = MemoryMarshal.Cast<char, ushort>(line);
        var p = 0;
        for (; p + Vector128<ushort>.Count <= chars.Length; p += Vector128<ushort>.Count)
        {
            var v = Vector128.Create(chars.Slice(p, Vector128<ushort>.Count));
            // Lower case is upper case with bit 0x20; no character past ASCII passes this test.
            var letter = Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
            var mark = Vector128.Equals(v, Vector128.Create((ushort)',')) | Vector128.Equals(v, Vector128.Create((ushort)';'))
                | Vector128.Equals(v, Vector128.Create((ushort)'\u201D')) | Vector128.Equals(v, Vector128.Create((ushort)')'));
            _letters[p / 64] |= (ulong)letter.ExtractMostSignificantBits() << (p % 64);
            _marks[p / 64] |= (ulong)mark.ExtractMostSignificantBits() << (p % 64);
        }
        for (; p < line.Length; p++)
        {
            if (char.IsAsciiLetter(line[p])) _letters[p / 64] |= 1UL << (p % 64);
            if (line[p] is ',' or ';' or '\u201D' or ')') _marks[p / 64] |= 1UL << (p % 64);
        }
    }

    public int Blocks { get; }

    public static int BufferLength(int lineLength) => 2 * ((lineLength + 63) / 64) + 1;

    public ulong Marks(int block) => _marks[block];

    /// <summary>The starts, in the block, of the runs of <paramref name="min"/> (1 to 64) ASCII letters or more.</summary>
    public ulong RunStarts(int block, int min)
    {
        var letters = _letters[block];
        var next = _letters[block + 1];
        var before = block > 0 ? _letters[block - 1] >> 63 : 0;
        var starts = letters & ~((letters << 1) | before);
        // Bit p of the run is set when the letters p to p + k - 1 all are.
        var run = letters;
        for (var k = 1; k < min; k++) run &= (letters >> k) | (next << (64 - k));
        return starts & run;
    }
}
