using Concordia.Domain.Values;

namespace Concordia.Text.Assembly;

/// <summary>
/// The items of a list in text order that lie inside a range, as <see cref="Analysis.In{T}"/> finds them (a binary
/// search, then a short walk), for <c>foreach</c> without allocating an iterator.
/// </summary>
internal struct Inside<T>
{
    private readonly List<T> _items;
    private readonly Span _range;
    private readonly Func<T, Span> _span;
    private int _i;

    public Inside(List<T> items, Span range, Func<T, Span> span)
    {
        (_items, _range, _span) = (items, range, span);
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (span(items[mid]).Start < range.Start) lo = mid + 1;
            else hi = mid;
        }
        _i = lo - 1;
    }

    public readonly Inside<T> GetEnumerator() => this;

    public readonly T Current => _items[_i];

    public bool MoveNext()
    {
        while (++_i < _items.Count && _span(_items[_i]).Start < _range.End)
            if (_range.Contains(_span(_items[_i]))) return true;
        _i = _items.Count;
        return false;
    }
}
