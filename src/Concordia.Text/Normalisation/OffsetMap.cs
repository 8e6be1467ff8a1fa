using Concordia.Domain.Values;

namespace Concordia.Text.Normalisation;

/// <summary>
/// Maps offsets in a normalised text back to the text it was made from. Stored as runs: a run either copies
/// original characters one for one, or stands for an original range it replaced (an entity, an NFC cluster,
/// an inserted space), so a map costs a few integers per edit, not one per character.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _normStart;
    private readonly int[] _normLength;
    private readonly int[] _origStart;
    private readonly int[] _origLength;

    internal OffsetMap(int[] normStart, int[] normLength, int[] origStart, int[] origLength)
    {
        _normStart = normStart;
        _normLength = normLength;
        _origStart = origStart;
        _origLength = origLength;
    }

    public static OffsetMap Identity(int length) => new([0], [length], [0], [length]);

    public int RunCount => _normStart.Length;

    /// <summary>The original span covering a normalised span.</summary>
    public Span ToOriginal(Span normalised)
    {
        if (_normStart.Length == 0) return new Span(0, 0);
        var start = MapStart(normalised.Start);
        var end = normalised.Length == 0 ? start : MapEnd(normalised.End);
        return Span.FromBounds(start, Math.Max(start, end));
    }

    /// <summary>Composes this map (normalised → intermediate) with one from intermediate → original.</summary>
    public OffsetMap Then(OffsetMap toOriginal)
    {
        var b = new OffsetMapBuilder();
        for (var i = 0; i < _normStart.Length; i++)
        {
            if (_normLength[i] == _origLength[i] && _origLength[i] > 0)
                toOriginal.CopyThrough(b, _origStart[i], _origLength[i]);
            else
            {
                var mapped = toOriginal.ToOriginal(new Span(_origStart[i], _origLength[i]));
                b.Replace(_normLength[i], mapped.Start, mapped.Length);
            }
        }
        return b.Build();
    }

    /// <summary>Writes the runs that a copied range [start, start + length) of this map's text goes through.</summary>
    private void CopyThrough(OffsetMapBuilder b, int start, int length)
    {
        var end = start + length;
        for (var i = Find(start); i < _normStart.Length && _normStart[i] < end; i++)
        {
            var from = Math.Max(start, _normStart[i]);
            var to = Math.Min(end, _normStart[i] + _normLength[i]);
            if (to <= from) continue;
            if (_normLength[i] == _origLength[i]) b.Copy(to - from, _origStart[i] + from - _normStart[i]);
            else b.Replace(to - from, _origStart[i], _origLength[i]);
        }
    }

    private int MapStart(int pos)
    {
        var i = Find(pos);
        var within = pos - _normStart[i];
        if (_normLength[i] == _origLength[i]) return _origStart[i] + Math.Min(within, _origLength[i]);
        return within >= _normLength[i] ? _origStart[i] + _origLength[i] : _origStart[i];
    }

    private int MapEnd(int pos)
    {
        var i = Find(pos - 1);
        var within = pos - _normStart[i];
        if (_normLength[i] == _origLength[i]) return _origStart[i] + Math.Min(within, _origLength[i]);
        return _origStart[i] + _origLength[i];
    }

    private int Find(int pos)
    {
        var i = Array.BinarySearch(_normStart, Math.Max(0, pos));
        if (i < 0) i = ~i - 1;
        return Math.Clamp(i, 0, _normStart.Length - 1);
    }
}

/// <summary>Collects runs for an <see cref="OffsetMap"/> while a normalised text is written.</summary>
internal sealed class OffsetMapBuilder
{
    private readonly List<int> _normStart = [];
    private readonly List<int> _normLength = [];
    private readonly List<int> _origStart = [];
    private readonly List<int> _origLength = [];
    private int _length;

    public int Length => _length;

    /// <summary>Characters copied one for one from the original, starting at <paramref name="origStart"/>.</summary>
    public void Copy(int length, int origStart)
    {
        if (length == 0) return;
        var last = _normStart.Count - 1;
        if (last >= 0 && _normLength[last] == _origLength[last] && _origStart[last] + _origLength[last] == origStart)
        {
            _normLength[last] += length;
            _origLength[last] += length;
        }
        else
        {
            Add(length, origStart, length);
            return;
        }
        _length += length;
    }

    /// <summary>Characters that stand for the original range [origStart, origStart + origLength).</summary>
    public void Replace(int length, int origStart, int origLength)
    {
        if (length == 0) return;
        Add(length, origStart, origLength);
    }

    public OffsetMap Build() => new([.. _normStart], [.. _normLength], [.. _origStart], [.. _origLength]);

    private void Add(int length, int origStart, int origLength)
    {
        _normStart.Add(_length);
        _normLength.Add(length);
        _origStart.Add(origStart);
        _origLength.Add(origLength);
        _length += length;
    }
}
