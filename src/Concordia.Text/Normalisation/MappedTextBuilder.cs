using System.Buffers;

namespace Concordia.Text.Normalisation;

/// <summary>
/// Writes a normalised text and its offset map together, so no edit can lose its way back. The characters go into a
/// buffer rented from the shared pool and given back by <see cref="Build"/>: only the finished string is allocated.
/// </summary>
internal sealed class MappedTextBuilder(int capacity = 16)
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(Math.Max(16, capacity));
    private int _length;
    private readonly OffsetMapBuilder _map = new();

    public int Length => _length;

    public char LastChar => _length == 0 ? '\0' : _chars[_length - 1];

    public void Copy(ReadOnlySpan<char> text, int origStart)
    {
        Append(text);
        _map.Copy(text.Length, origStart);
    }

    public void Replace(ReadOnlySpan<char> text, int origStart, int origLength)
    {
        Append(text);
        _map.Replace(text.Length, origStart, origLength);
    }

    /// <summary>Characters with no counterpart in the original (a repaired space), placed at <paramref name="origAt"/>.</summary>
    public void Insert(ReadOnlySpan<char> text, int origAt) => Replace(text, origAt, 0);

    /// <summary>The text and its map; the builder is not used after this.</summary>
    public (string Text, OffsetMap Map) Build()
    {
        var text = new string(_chars, 0, _length);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
        return (text, _map.Build());
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + text.Length));
            _chars.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = larger;
        }
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }
}
