using System.Globalization;
using System.Text.RegularExpressions;
using Concordia.Domain.Values;
using Concordia.Text.Lexicons;

namespace Concordia.Text.Recognition;

/// <summary>Finds date expressions (rules in Rules/dates.rules); overlapping finds keep the longest.</summary>
internal static class DateRecogniser
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <param name="tokens">The text's tokens, when known: rules with trigger words are then tried only at those words.</param>
    public static List<DateMention> Find(string text, string language, TokenStream? tokens = null)
    {
        var found = new List<DateMention>();
        var group = RuleSet.Instance.Group("dates", language);
        foreach (var (rule, m) in tokens is null ? group.Matches(text) : group.ScanAtTriggers(text, tokens))
            if (Read(m, rule.Id) is { } d) found.Add(d);
        return Overlaps.KeepLongest(found, d => d.Span);
    }

    private static DateMention? Read(Match m, string ruleId)
    {
        int? year = Int(m.Groups["year"]);
        int? month = Month(m.Groups["month"]);
        int? day = Int(m.Groups["day"]);
        DayOfWeek? weekday = m.Groups["weekday"].Success ? Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true) : null;
        if (month is not null && PartialDate.Create(day is null ? year ?? 2000 : year ?? 2000, month, day).IsSuccess is false) return null;
        var cue = ruleId switch
        {
            _ when ruleId.EndsWith("end-of-year", StringComparison.Ordinal) || ruleId.EndsWith("by-year", StringComparison.Ordinal) => DateCue.Deadline,
            _ when ruleId.EndsWith("fiscal-year", StringComparison.Ordinal) => DateCue.FiscalYear,
            _ when ruleId.EndsWith("tomorrow", StringComparison.Ordinal) => DateCue.Tomorrow,
            _ when ruleId.EndsWith("in-year", StringComparison.Ordinal) => DateCue.InYear,
            _ => DateCue.None,
        };
        return new DateMention(new Span(m.Index, m.Length), ruleId, year, month, day, weekday, cue);
    }

    private static int? Int(Group g) =>
        g.Success && int.TryParse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static int? Month(Group g)
    {
        if (!g.Success) return null;
        if (Int(g) is { } n) return n is >= 1 and <= 12 ? n : null;
        var key = g.Value[..3].ToLowerInvariant();
        var i = Array.IndexOf(MonthNames, key);
        return i < 0 ? null : i + 1;
    }
}

internal static class Overlaps
{
    /// <summary>Drops finds overlapping a longer (or equally long, earlier) find; returns them in text order.</summary>
    public static List<T> KeepLongest<T>(List<T> found, Func<T, Span> span)
    {
        // Longest first, then earliest, then as found (the order a stable sort on those two keys gives).
        var order = new int[found.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) =>
        {
            var (a, b) = (span(found[x]), span(found[y]));
            return a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start != b.Start ? a.Start.CompareTo(b.Start) : x.CompareTo(y);
        });
        var taken = new SortedList<int, int>();
        var kept = new List<T>();
        foreach (var i in order)
        {
            var f = found[i];
            var s = span(f);
            if (OverlapsTaken(taken, s)) continue;
            taken.Add(s.Start, s.End);
            kept.Add(f);
        }
        kept.Sort((a, b) => span(a).Start.CompareTo(span(b).Start));
        return kept;
    }

    /// <summary>Taken spans never overlap, so only the nearest one starting before and the one after can touch.</summary>
    private static bool OverlapsTaken(SortedList<int, int> taken, Span s)
    {
        var keys = taken.Keys;
        int lo = 0, hi = keys.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[mid] < s.Start) lo = mid + 1;
            else hi = mid;
        }
        if (lo < keys.Count && keys[lo] < s.End) return true;
        return lo > 0 && taken.Values[lo - 1] > s.Start;
    }
}
