using Concordia.Domain.Values;

namespace Concordia.Domain;

/// <summary>Comparisons of periods given as partial dates, judged only when the answer is certain.</summary>
public static class Periods
{
    /// <summary>True when the end certainly lies before the start ("2024" ends before "2025-03" starts).</summary>
    public static bool EndsBeforeStart(PartialDate? start, PartialDate? end)
    {
        if (start is not { } s || end is not { } e) return false;
        if (s.HasYear && e.HasYear) return e.End!.Value < s.Start!.Value;
        if (!s.HasYear && !e.HasYear) return (e.Month, e.Day).CompareTo((s.Month, s.Day)) < 0;
        return false;
    }

    /// <summary>
    /// True when two periods certainly share a day. An open start means "always"; an open end means "still running".
    /// "until 2020" and "from 2020" are not judged overlapping, since the year alone cannot tell.
    /// </summary>
    public static bool Overlap(PartialDate? fromA, PartialDate? toA, PartialDate? fromB, PartialDate? toB)
    {
        var latestStartA = fromA?.End ?? DateOnly.MinValue;
        var earliestEndA = toA?.Start ?? DateOnly.MaxValue;
        var latestStartB = fromB?.End ?? DateOnly.MinValue;
        var earliestEndB = toB?.Start ?? DateOnly.MaxValue;
        return latestStartA <= earliestEndB && latestStartB <= earliestEndA;
    }

    /// <summary>True when <paramref name="date"/> falls certainly after the whole period of <paramref name="deadline"/>.</summary>
    public static bool IsPast(PartialDate deadline, DateOnly date) => deadline.End is { } end && date > end;
}
