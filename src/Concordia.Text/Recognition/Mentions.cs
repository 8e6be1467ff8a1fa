using Concordia.Domain.Values;

namespace Concordia.Text.Recognition;

/// <summary>What a date expression says beyond its value.</summary>
public enum DateCue
{
    None,
    /// <summary>"by the end of 2029", "by 2031": a deadline.</summary>
    Deadline,
    FiscalYear,
    /// <summary>"Ngày mai (18-4)": the text was written the day before.</summary>
    Tomorrow,
    /// <summary>"in 2029": a year on its own.</summary>
    InYear,
}

/// <summary>A date expression as found, before resolution: whatever parts it states.</summary>
public sealed record DateMention(Span Span, string RuleId, int? Year, int? Month, int? Day, DayOfWeek? Weekday, DateCue Cue);

public sealed record MoneyMention(Span Span, string RuleId, Money Value);

public sealed record OrdinalMention(Span Span, string RuleId, int Value);

/// <summary>A phrase from a list (country, city, mechanism, title, meeting kind, cue) with its token range.</summary>
public sealed record PhraseMention(Span Span, string RuleId, string Value, string? Extra, int FirstToken, int EndToken, string Phrase);
