using System.Globalization;
using Concordia.Domain;
using Concordia.Domain.Values;

namespace Concordia.Application.Finance;

/// <summary>One provider's fiscal year: its number and the calendar days it covers.</summary>
public sealed record FiscalPeriod(int FiscalYear, DateOnly Start, DateOnly End)
{
    /// <summary>How many of the twelve months fall in each calendar year, earliest first.</summary>
    public IEnumerable<(int Year, int Months)> MonthsByCalendarYear()
    {
        var first = 13 - Start.Month;
        if (first >= 12) return [(Start.Year, 12)];
        return [(Start.Year, first), (Start.Year + 1, 12 - first)];
    }
}

/// <summary>Where each provider's fiscal year starts and how it is named, from data/rates/fiscal-years.tsv.</summary>
public sealed class FiscalYears
{
    private readonly Dictionary<string, (int StartMonth, bool NamedByEnd)> _rules;

    private FiscalYears(Dictionary<string, (int, bool)> rules) => _rules = rules;

    public static FiscalYears Default { get; } = Parse(TsvLines.OpenEmbedded("rates/fiscal-years.tsv")).Value;

    public static Result<FiscalYears> Load(string path)
    {
        using var reader = File.OpenText(path);
        return Parse(reader);
    }

    public static Result<FiscalYears> Parse(TextReader reader)
    {
        var rules = new Dictionary<string, (int, bool)>();
        var errors = new List<Error>();
        foreach (var (line, f) in TsvLines.Read(reader))
        {
            var country = CountryCode.Parse(f.ElementAtOrDefault(0));
            if (f.Length != 3 || !country.IsSuccess || f[2] is not ("start" or "end")
                || !int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
            {
                errors.Add(new Error("fiscal-years.line.invalid", $"line {line}: expected country, month 1-12 and start|end", $"line {line}"));
                continue;
            }

            rules[country.Value.Value] = (month, f[2] == "end");
        }

        return errors.Count > 0 ? Result<FiscalYears>.Fail(errors) : new FiscalYears(rules);
    }

    public int StartMonth(CountryCode provider) => Rule(provider).StartMonth;

    /// <summary>The days of a provider's fiscal year ("JP", 2023 → 1 April 2023 to 31 March 2024).</summary>
    public FiscalPeriod PeriodOf(CountryCode provider, int fiscalYear)
    {
        var (month, namedByEnd) = Rule(provider);
        var startYear = namedByEnd && month != 1 ? fiscalYear - 1 : fiscalYear;
        var start = new DateOnly(startYear, month, 1);
        return new FiscalPeriod(fiscalYear, start, start.AddYears(1).AddDays(-1));
    }

    /// <summary>The fiscal year a day falls in for a provider (Japan, 15 February 2024 → FY2023).</summary>
    public int FiscalYearOf(CountryCode provider, DateOnly day)
    {
        var (month, namedByEnd) = Rule(provider);
        var startYear = day.Month >= month ? day.Year : day.Year - 1;
        return namedByEnd && month != 1 ? startYear + 1 : startYear;
    }

    private (int StartMonth, bool NamedByEnd) Rule(CountryCode provider) =>
        _rules.TryGetValue(provider.Value, out var rule) ? rule : (1, false);
}
