using System.Text;

namespace Concordia.Text.Normalisation;

/// <summary>Writes a normalised text and its offset map together, so no edit can lose its way back.</summary>
internal sealed class MappedTextBuilder(int capacity = 16)
{
    private readonly StringBuilder _text = new(capacity);
    private readonly OffsetMapBuilder _map = new();

    public int Length => _text.Length;

    public char LastChar => _text.Length == 0 ? '\0' : _text[^1];

    public void Copy(ReadOnlySpan<char> text, int origStart)
    {
        _text.Append(text);
        _map.Copy(text.Length, origStart);
    }

    public void Replace(ReadOnlySpan<char> text, int origStart, int origLength)
    {
        _text.Append(text);
        _map.Replace(text.Length, origStart, origLength);
    }

    /// <summary>Characters with no counterpart in the original (a repaired space), placed at <paramref name="origAt"/>.</summary>
    public void Insert(ReadOnlySpan<char> text, int origAt) => Replace(text, origAt, 0);

    public (string Text, OffsetMap Map) Build() => (_text.ToString(), _map.Build());
}
