using Concordia.Application.Finance;
using Concordia.Domain.Values;

namespace Concordia.Application.Tests.Finance;

public class CurrencyAndFiscalYearTests
{
    private static readonly CountryCode Japan = CountryCode.Of("JP");
    private static readonly CountryCode UnitedStates = CountryCode.Of("US");

    [Theory]
    [InlineData("JP", 2023, "2023-04-01", "2024-03-31")]
    [InlineData("KR", 2023, "2023-01-01", "2023-12-31")]
    [InlineData("US", 2024, "2023-10-01", "2024-09-30")]
    [InlineData("TH", 2024, "2023-10-01", "2024-09-30")]
    [InlineData("AU", 2024, "2023-07-01", "2024-06-30")]
    [InlineData("FR", 2024, "2024-01-01", "2024-12-31")]
    public void PeriodOf_ProviderFiscalYear_CoversItsCalendarDays(string provider, int fy, string start, string end)
    {
        var period = FiscalYears.Default.PeriodOf(CountryCode.Of(provider), fy);

        Assert.Equal((start, end), (period.Start.ToString("yyyy-MM-dd", null), period.End.ToString("yyyy-MM-dd", null)));
    }

    [Theory]
    [InlineData("JP", "2024-02-15", 2023)]
    [InlineData("JP", "2024-04-01", 2024)]
    [InlineData("JP", "2024-03-31", 2023)]
    [InlineData("US", "2023-10-01", 2024)]
    [InlineData("US", "2023-09-30", 2023)]
    [InlineData("VN", "2024-02-15", 2024)]
    public void FiscalYearOf_Day_FollowsProviderStart(string provider, string day, int expected) =>
        Assert.Equal(expected, FiscalYears.Default.FiscalYearOf(CountryCode.Of(provider), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void ToUsd_JapanFy2023HundredBillionYen_CloseToReportedAboutUsd685Million()
    {
        // "In fiscal year 2023 alone, the total of Japanese ODA loans to Vietnam exceeded 100 billion yen
        // (approximately $685.5 million)" — our annual-average rates, weighted 9 months 2023 + 3 months 2024.
        var period = FiscalYears.Default.PeriodOf(Japan, 2023);

        var usd = CurrencyRates.Default.ToUsd(new Money(100_000_000_000m, Currency.Jpy), period).Value;

        var expected = decimal.Round((100_000_000_000m / 140.49m * 9 / 12) + (100_000_000_000m / 151.48m * 3 / 12), 0);
        Assert.Equal(expected, decimal.Round(usd, 0));
        Assert.InRange(usd, 685.5e6m * 0.97m, 685.5e6m * 1.03m);
    }

    [Fact]
    public void ToUsd_CalendarYearAndUsd_UsesOneRate()
    {
        Assert.Equal(10_000_000m, CurrencyRates.Default.ToUsd(new Money(10_000_000m, Currency.Usd), 2027).Value);
        Assert.Equal(decimal.Round(13_054_100_000m / 1305.41m, 2), CurrencyRates.Default.ToUsd(new Money(13_054_100_000m, Currency.Krw), 2023).Value);
        Assert.Equal(12, FiscalYears.Default.PeriodOf(UnitedStates, 2024).MonthsByCalendarYear().Sum(m => m.Months));
    }

    [Fact]
    public void UnitsPerUsd_YearAfterTableEnds_UsesLatestEarlierYear_AndUnknownCurrencyFails()
    {
        Assert.Equal(149.00m, CurrencyRates.Default.UnitsPerUsd(Currency.Jpy, 2031).Value);
        Assert.Equal("rates.missing", CurrencyRates.Default.UnitsPerUsd(Currency.Of("LAK"), 2024).Error!.Code);
        Assert.Equal("rates.missing", CurrencyRates.Default.UnitsPerUsd(Currency.Jpy, 2010).Error!.Code);
    }

    [Fact]
    public void Parse_EditedTable_ReplacesRatesAndReportsBadLines()
    {
        var edited = CurrencyRates.Parse(new StringReader("# mine\ncurrency\tyear\tunits_per_usd\nJPY\t2023\t100\nLAK\t2024\t20500\n")).Value;
        var broken = CurrencyRates.Parse(new StringReader("currency\tyear\tunits_per_usd\nJPY\t2023\nXX\t2024\t1\n"));

        Assert.Equal(10m, edited.ToUsd(new Money(1000m, Currency.Jpy), 2023).Value);
        Assert.Equal(1m, edited.ToUsd(new Money(20500m, Currency.Of("LAK")), 2024).Value);
        Assert.Equal(["line 2", "line 3"], broken.Errors.Select(e => e.Field));
    }
}
