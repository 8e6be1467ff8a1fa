using System.Globalization;

namespace Concordia.Domain.Values;

public enum DatePrecision
{
    Year,
    Month,
    Day,
    /// <summary>Day and month are known, the year is not ("on July 26" in an undated text).</summary>
    DayMonth,
}

/// <summary>
/// A date known to a year, a month, a day, or a day and month with no year.
/// Written as ISO 8601 prefixes: "2025", "2025-08", "2025-07-10", or "XXXX-07-26".
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int? year, int? month, int? day, DatePrecision precision)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    public int? Year { get; }
    public int? Month { get; }
    public int? Day { get; }
    public DatePrecision Precision { get; }

    public bool HasYear => Year is not null;

    public static PartialDate OfYear(int year) => Create(year, null, null).Value;
    public static PartialDate OfMonth(int year, int month) => Create(year, month, null).Value;
    public static PartialDate OfDay(int year, int month, int day) => Create(year, month, day).Value;
    public static PartialDate OfDayMonth(int month, int day) => Create(null, month, day).Value;
    public static PartialDate From(DateOnly date) => OfDay(date.Year, date.Month, date.Day);

    public static Result<PartialDate> Create(int? year, int? month, int? day)
    {
        if (year is < 1 or > 9999) return Fail($"year {year} is out of range");
        if (month is < 1 or > 12) return Fail($"month {month} is out of range");
        if (day is not null && month is null) return Fail("a day needs a month");
        if (year is null && (month is null || day is null)) return Fail("a date without a year needs a day and a month");
        if (day is not null)
        {
            // Day-month without a year is checked against a leap year so that 29 February stays possible.
            var max = DateTime.DaysInMonth(year ?? 2000, month!.Value);
            if (day < 1 || day > max) return Fail($"day {day} does not exist in month {month}");
        }

        var precision = (year, month, day) switch
        {
            (null, _, _) => DatePrecision.DayMonth,
            (_, null, _) => DatePrecision.Year,
            (_, _, null) => DatePrecision.Month,
            _ => DatePrecision.Day,
        };
        return new PartialDate(year, month, day, precision);

        static Result<PartialDate> Fail(string message) => Result<PartialDate>.Fail("date.invalid", message);
    }

    /// <summary>Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" or "XXXX-MM-DD" (x in either case).</summary>
    public static Result<PartialDate> Parse(string? text)
    {
        var t = text?.Trim() ?? "";
        var parts = t.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4)
            return Result<PartialDate>.Fail("date.format", $"'{text}' is not YYYY, YYYY-MM, YYYY-MM-DD or XXXX-MM-DD");
        int? year = parts[0].Equals("XXXX", StringComparison.OrdinalIgnoreCase) ? null : ParseInt(parts[0]);
        if (year is null && (parts.Length != 3 || !parts[0].Equals("XXXX", StringComparison.OrdinalIgnoreCase)))
            return Result<PartialDate>.Fail("date.format", $"'{text}' is not YYYY, YYYY-MM, YYYY-MM-DD or XXXX-MM-DD");
        int? month = parts.Length > 1 ? ParseInt(parts[1]) : null;
        int? day = parts.Length > 2 ? ParseInt(parts[2]) : null;
        if ((parts.Length > 1 && (month is null || parts[1].Length != 2)) || (parts.Length > 2 && (day is null || parts[2].Length != 2)))
            return Result<PartialDate>.Fail("date.format", $"'{text}' is not YYYY, YYYY-MM, YYYY-MM-DD or XXXX-MM-DD");
        return Create(year, month, day);

        static int? ParseInt(string s) =>
            s.All(char.IsAsciiDigit) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>The first day of the period, when the year is known.</summary>
    public DateOnly? Start => Year is { } y ? new DateOnly(y, Month ?? 1, Day ?? 1) : null;

    /// <summary>The last day of the period ("2025" → 31 December 2025), when the year is known.</summary>
    public DateOnly? End => Year is { } y
        ? Precision switch
        {
            DatePrecision.Year => new DateOnly(y, 12, 31),
            DatePrecision.Month => new DateOnly(y, Month!.Value, DateTime.DaysInMonth(y, Month.Value)),
            _ => new DateOnly(y, Month!.Value, Day!.Value),
        }
        : null;

    /// <summary>The same day and month in a given year (used to resolve "XXXX-07-26" against a context year).</summary>
    public PartialDate WithYear(int year) => Create(year, Month, Day).Value;

    /// <summary>Orders by period start; dates without a year sort last, by month and day.</summary>
    public int CompareTo(PartialDate other)
    {
        if (HasYear != other.HasYear) return HasYear ? -1 : 1;
        var c = Nullable.Compare(Year, other.Year);
        if (c != 0) return c;
        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    public static bool operator <(PartialDate a, PartialDate b) => a.CompareTo(b) < 0;
    public static bool operator >(PartialDate a, PartialDate b) => a.CompareTo(b) > 0;
    public static bool operator <=(PartialDate a, PartialDate b) => a.CompareTo(b) <= 0;
    public static bool operator >=(PartialDate a, PartialDate b) => a.CompareTo(b) >= 0;

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year!.Value.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"XXXX-{Month:D2}-{Day:D2}"),
    };
}
