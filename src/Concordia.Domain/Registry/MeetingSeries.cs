namespace Concordia.Domain.Registry;

/// <summary>One meeting in a series, with the time since the previous one and whether it resumed after a long gap.</summary>
public sealed record SeriesEntry(Meeting Meeting, int? DaysSincePrevious, int? ResumedAfterYears);

/// <summary>The meetings of one mechanism and kind in date order, with the series' median interval.</summary>
public sealed record MeetingSeries(string MechanismId, MeetingKind Kind, IReadOnlyList<SeriesEntry> Entries, double? MedianIntervalDays)
{
    /// <summary>A gap longer than this many median intervals marks a resumption ("the first meeting in three years").</summary>
    public const double ResumptionFactor = 1.5;

    private const double DaysPerYear = 365.25;

    /// <summary>
    /// Builds one series per kind from a mechanism's meetings. Meetings without a dated year, and cancelled or
    /// postponed ones, are left out: they did not take place on a known day.
    /// </summary>
    public static IReadOnlyList<MeetingSeries> Build(string mechanismId, IEnumerable<Meeting> meetings) =>
        meetings
            .Where(m => m.MechanismId == mechanismId && m.Start is { HasYear: true }
                        && m.Status is MeetingStatus.Held or MeetingStatus.Planned)
            .GroupBy(m => m.Kind)
            .OrderBy(g => g.Key)
            .Select(g => BuildOne(mechanismId, g.Key, g))
            .ToList();

    private static MeetingSeries BuildOne(string mechanismId, MeetingKind kind, IEnumerable<Meeting> meetings)
    {
        var ordered = meetings.OrderBy(m => m.Start!.Value.Start!.Value).ThenBy(m => m.Ordinal ?? 0).ToList();
        var intervals = new int?[ordered.Count];
        for (var i = 1; i < ordered.Count; i++)
            intervals[i] = ordered[i].Start!.Value.Start!.Value.DayNumber - ordered[i - 1].Start!.Value.Start!.Value.DayNumber;

        var median = Median(intervals.Skip(1).Select(d => d!.Value).ToList());
        var entries = ordered.Select((m, i) => new SeriesEntry(m, intervals[i], ResumedAfter(intervals[i], median))).ToList();
        return new MeetingSeries(mechanismId, kind, entries, median);
    }

    private static int? ResumedAfter(int? days, double? median)
    {
        if (days is not { } d || median is not { } med || med <= 0 || d <= ResumptionFactor * med) return null;
        return Math.Max(1, (int)Math.Round(d / DaysPerYear, MidpointRounding.AwayFromZero));
    }

    private static double? Median(List<int> values)
    {
        if (values.Count == 0) return null;
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
    }
}
