namespace Concordia.Domain.Registry;

/// <summary>Rules that relate a meeting to the other meetings of its series (same mechanism and kind).</summary>
public static class MeetingRules
{
    /// <summary>
    /// Checks a new or changed meeting against the stored meetings of its mechanism: its ordinal is unique per
    /// (mechanism, kind), and ordinals rise with dates. Other mechanisms and kinds in <paramref name="others"/> are ignored.
    /// </summary>
    public static IReadOnlyList<Error> CheckSeries(Meeting candidate, IEnumerable<Meeting> others)
    {
        if (candidate.MechanismId is null || candidate.Ordinal is not { } ordinal) return [];
        var series = others.Where(m => m.Id != candidate.Id && m.MechanismId == candidate.MechanismId
                                                               && m.Kind == candidate.Kind && m.Ordinal is not null).ToList();
        var duplicate = series.FirstOrDefault(m => m.Ordinal == ordinal);
        if (duplicate is not null)
            return [new Error("meeting.ordinal.duplicate",
                $"{candidate.MechanismId} already has a {candidate.Kind.ToSlug()} meeting number {ordinal}", "ordinal")];

        var disorder = series.FirstOrDefault(m => OutOfOrder(candidate, m));
        return disorder is null
            ? []
            : [new Error("meeting.ordinal.out-of-order",
                $"meeting number {ordinal} on {candidate.Start} would come out of order with number {disorder.Ordinal} on {disorder.Start}",
                "ordinal")];
    }

    /// <summary>True when dates certainly contradict ordinals: the lower-numbered meeting began after the other ended.</summary>
    private static bool OutOfOrder(Meeting a, Meeting b)
    {
        if (a.Start is not { HasYear: true } sa || b.Start is not { HasYear: true } sb) return false;
        var (lowerStart, higherStart) = a.Ordinal < b.Ordinal ? (sa, sb) : (sb, sa);
        return lowerStart.Start!.Value > higherStart.End!.Value;
    }
}
