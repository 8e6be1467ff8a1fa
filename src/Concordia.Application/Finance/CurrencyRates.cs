using System.Globalization;
using Concordia.Domain;
using Concordia.Domain.Values;

namespace Concordia.Application.Finance;

/// <summary>Annual average exchange rates, as currency units per US dollar, read from data/rates/units-per-usd.tsv.</summary>
public sealed class CurrencyRates
{
    private readonly Dictionary<(string Currency, int Year), decimal> _unitsPerUsd;

    private CurrencyRates(Dictionary<(string, int), decimal> unitsPerUsd) => _unitsPerUsd = unitsPerUsd;

    /// <summary>The table shipped with the build (a copy of data/rates/units-per-usd.tsv).</summary>
    public static CurrencyRates Default { get; } = Parse(TsvLines.OpenEmbedded("rates/units-per-usd.tsv")).Value;

    public static Result<CurrencyRates> Load(string path)
    {
        using var reader = File.OpenText(path);
        return Parse(reader);
    }

    public static Result<CurrencyRates> Parse(TextReader reader)
    {
        var table = new Dictionary<(string, int), decimal>();
        var errors = new List<Error>();
        foreach (var (line, f) in TsvLines.Read(reader))
        {
            var currency = Currency.Parse(f.ElementAtOrDefault(0));
            if (f.Length != 3 || !currency.IsSuccess
                || !int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                || !decimal.TryParse(f[2], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) || rate <= 0)
            {
                errors.Add(new Error("rates.line.invalid", $"line {line}: expected currency, year and a positive rate", $"line {line}"));
                continue;
            }

            table[(currency.Value.Code, year)] = rate;
        }

        return errors.Count > 0 ? Result<CurrencyRates>.Fail(errors) : new CurrencyRates(table);
    }

    /// <summary>
    /// Units per USD in a year. US dollars are 1 in any year. Other currencies need a rate for that year or, failing
    /// that, the nearest earlier year, since the newest year is often not yet published.
    /// </summary>
    public Result<decimal> UnitsPerUsd(Currency currency, int year)
    {
        if (currency == Currency.Usd) return 1m;
        var known = _unitsPerUsd.Where(r => r.Key.Currency == currency.Code && r.Key.Year <= year).ToList();
        if (known.Count > 0) return known.MaxBy(r => r.Key.Year).Value;
        return Result<decimal>.Fail("rates.missing", $"no {currency.Code} rate for {year} or earlier in the rates table", "currency");
    }

    /// <summary>The amount in US dollars at the average rate of a calendar year, rounded to cents.</summary>
    public Result<decimal> ToUsd(Money money, int year) =>
        UnitsPerUsd(money.Currency, year).Map(rate => decimal.Round(money.Amount / rate, 2));

    /// <summary>
    /// The amount in US dollars for a provider's fiscal year: the calendar years' rates weighted by the months of the
    /// fiscal year that fall in each (Japan's FY2023 is 9 months of 2023 and 3 of 2024).
    /// </summary>
    public Result<decimal> ToUsd(Money money, FiscalPeriod period)
    {
        decimal usd = 0;
        foreach (var (year, months) in period.MonthsByCalendarYear())
        {
            var part = ToUsd(money, year);
            if (!part.IsSuccess) return part;
            usd += part.Value * months / 12m;
        }

        return decimal.Round(usd, 2);
    }
}
