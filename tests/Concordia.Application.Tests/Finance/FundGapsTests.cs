using Concordia.Application.Finance;
using Concordia.Domain.Finance;
using Concordia.Domain.Values;

namespace Concordia.Application.Tests.Finance;

public class FundGapsTests
{
    private static readonly CountryCode Korea = CountryCode.Of("KR");

    // "South Korea's commitment to gradually increase support for the MKCF Fund, to reach an annual contribution of
    // 10 million USD by 2027."
    [Fact]
    public void Report_RisingTargetTo10MillionBy2027_GapPerYear()
    {
        var fund = Fund.Create("Mekong-Korea Cooperation Fund", "MKCF", "mekong-korea").Value;
        var schedule = FundTarget.Rising(fund.Id, 2024, new Money(6_000_000m, Currency.Usd), 2027, new Money(10_000_000m, Currency.Usd)).Value;
        Contribution[] contributions =
        [
            Contribution.Create(fund.Id, Korea, 2024, new Money(6_000_000m, Currency.Usd)).Value,
            Contribution.Create(fund.Id, Korea, 2025, new Money(5_000_000m, Currency.Usd)).Value,
            Contribution.Create(fund.Id, Korea, 2025, new Money(2_000_000m, Currency.Usd), isPledge: true).Value,
            Contribution.Create(fund.Id, CountryCode.Of("TH"), 2025, new Money(34_800_000m, Currency.Of("THB"))).Value,
        ];

        var report = FundGaps.Report(fund, schedule, contributions, FlowValuation.Default).Value;

        var thaiUsd = decimal.Round(34_800_000m / 33.30m, 2);
        Assert.Equal([2024, 2025, 2026, 2027], report.Years.Select(y => y.Year));
        Assert.Equal([6_000_000m, 7_333_333.33m, 8_666_666.67m, 10_000_000m], report.Years.Select(y => y.Target!.Value));
        Assert.Equal([0m, 7_333_333.33m - 5_000_000m - thaiUsd, 8_666_666.67m, 10_000_000m], report.Years.Select(y => y.Gap!.Value));
        Assert.Equal(2_000_000m, report.Years[1].Pledged);
        Assert.Equal([("KR", 2024, 6_000_000m), ("KR", 2025, 5_000_000m), ("TH", 2025, thaiUsd)],
            report.Contributors.Select(c => (c.Contributor.Value, c.Year, c.Paid)));
    }

    [Fact]
    public void Report_FlatAnnualTargetNoSchedule_UsesIt()
    {
        var fund = Fund.Create("Lancang-Mekong Cooperation Special Fund", "LMC SF", "lancang-mekong", new Money(60m, Currency.Cny)).Value;
        var paid = Contribution.Create(fund.Id, CountryCode.Of("CN"), 2024, new Money(10m, Currency.Usd)).Value;

        var year = FundGaps.Report(fund, [], [paid], FlowValuation.Default).Value.Years.Single();

        Assert.Equal((60m, 71.9m, -11.9m), (year.Target!.Value, year.Paid, year.Gap!.Value));
    }

    [Fact]
    public void Report_ContributionWithoutRate_Fails()
    {
        var fund = Fund.Create("A fund", null, null, new Money(1m, Currency.Usd)).Value;
        var paid = Contribution.Create(fund.Id, CountryCode.Of("LA"), 2024, new Money(10m, Currency.Of("LAK"))).Value;

        Assert.Equal("rates.missing", FundGaps.Report(fund, [], [paid], FlowValuation.Default).Error!.Code);
    }
}
