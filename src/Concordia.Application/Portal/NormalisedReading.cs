using Concordia.Domain.Values;
using Concordia.Text.Normalisation;

namespace Concordia.Application.Portal;

/// <summary>
/// The text the recognisers read, made again from a stored original, with a way to find where a span of the
/// original went. A document stores its decoded original (fact spans index it); normalising is deterministic, so the
/// normalised text is recomputed for reading rather than stored twice.
/// </summary>
public sealed class NormalisedReading
{
    private readonly int[] _first;
    private readonly int[] _last;

    private NormalisedReading(string text, int[] first, int[] last)
    {
        Text = text;
        _first = first;
        _last = last;
    }

    public string Text { get; }

    public static NormalisedReading Of(string original)
    {
        var norm = Normaliser.Normalise(original);
        var first = new int[original.Length];
        var last = new int[original.Length];
        Array.Fill(first, -1);
        Array.Fill(last, -1);
        for (var i = 0; i < norm.Text.Length; i++)
        {
            var from = norm.ToOriginal(new Span(i, 1));
            for (var p = from.Start; p < Math.Min(from.End, original.Length); p++)
            {
                if (first[p] < 0) first[p] = i;
                last[p] = i;
            }
        }

        return new NormalisedReading(norm.Text, first, last);
    }

    /// <summary>
    /// The normalised span that an original span became, from the first to the last character kept of it; null when
    /// normalising left all of it out (boilerplate, a repeated passage, markup).
    /// </summary>
    public Span? Find(Span original)
    {
        int start = int.MaxValue, end = -1;
        for (var p = original.Start; p < Math.Min(original.End, _first.Length); p++)
        {
            if (_first[p] < 0) continue;
            start = Math.Min(start, _first[p]);
            end = Math.Max(end, _last[p] + 1);
        }

        return end < 0 ? null : Span.FromBounds(start, end);
    }
}
