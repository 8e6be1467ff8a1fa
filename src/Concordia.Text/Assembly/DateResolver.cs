using Concordia.Domain.Values;
using Concordia.Text.Recognition;

namespace Concordia.Text.Assembly;

/// <summary>What a document tells about its own time: its date, the year it is about, a dated caption to count weekdays from.</summary>
internal sealed record DateContext(PartialDate? Published, int? Year, DateOnly? Anchor)
{
    public static readonly DateContext None = new(null, null, null);
}

/// <summary>Turns a date mention into a value against the document's context ("on Friday" → 2027-03-12).</summary>
internal static class DateResolver
{
    public static PartialDate? Resolve(DateMention d, DateContext ctx, bool future)
    {
        if (d.Weekday is { } wd) return Weekday(wd, ctx.Anchor, future);
        if (d.Month is null) return d.Year is { } y ? PartialDate.OfYear(y) : null;
        if (d.Day is null) return d.Year is { } ym ? PartialDate.OfMonth(ym, d.Month.Value) : null;
        var year = d.Year ?? ctx.Year;
        var r = PartialDate.Create(year, d.Month, d.Day);
        return r.IsSuccess ? r.Value : null;
    }

    /// <summary>The weekday nearest the anchor: on or before it for past events, after it for future ones.</summary>
    private static PartialDate? Weekday(DayOfWeek day, DateOnly? anchor, bool future)
    {
        if (anchor is not { } a) return null;
        var diff = ((int)a.DayOfWeek - (int)day + 7) % 7;
        var date = future ? a.AddDays(diff == 0 ? 7 : 7 - diff) : a.AddDays(-diff);
        return PartialDate.From(date);
    }

    /// <summary>The day before a day-month or full date ("tomorrow (18-4)" → written on 17 April).</summary>
    public static PartialDate? DayBefore(PartialDate d)
    {
        if (d.Year is { } y) return PartialDate.From(new DateOnly(y, d.Month!.Value, d.Day!.Value).AddDays(-1));
        var prev = new DateOnly(2000, d.Month!.Value, d.Day!.Value).AddDays(-1);
        return PartialDate.OfDayMonth(prev.Month, prev.Day);
    }
}
