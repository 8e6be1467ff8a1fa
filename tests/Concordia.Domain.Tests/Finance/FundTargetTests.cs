using Concordia.Domain.Finance;
using Concordia.Domain.Values;

namespace Concordia.Domain.Tests.Finance;

public class FundTargetTests
{
    private static readonly Guid Fund = Guid.CreateVersion7();
    private static Money Usd(decimal millions) => new(millions * 1_000_000m, Currency.Usd);

    [Fact]
    public void Rising_FiveToTenMillionBy2027_EqualYearlySteps()
    {
        var steps = FundTarget.Rising(Fund, 2023, Usd(5), 2027, Usd(10)).Value;

        Assert.Equal([5_000_000m, 6_250_000m, 7_500_000m, 8_750_000m, 10_000_000m], steps.Select(s => s.Amount.Amount));
        Assert.Equal([2023, 2024, 2025, 2026, 2027], steps.Select(s => s.FromYear));
    }

    [Theory]
    [InlineData(2022, null)]
    [InlineData(2023, 5_000_000)]
    [InlineData(2027, 10_000_000)]
    [InlineData(2031, 10_000_000)]
    public void For_Year_LatestStepAtOrBefore(int year, int? expected)
    {
        var steps = FundTarget.Rising(Fund, 2023, Usd(5), 2027, Usd(10)).Value;

        Assert.Equal(expected, (int?)FundTarget.For(steps, year)?.Amount.Amount);
    }

    [Fact]
    public void Rising_MixedCurrenciesOrFalling_FailsWithCodes()
    {
        var mixed = FundTarget.Rising(Fund, 2023, Usd(5), 2027, new Money(10, Currency.Krw));
        var falling = FundTarget.Rising(Fund, 2023, Usd(10), 2027, Usd(5));

        Assert.Equal("fund.target.currency", mixed.Error!.Code);
        Assert.Equal("fund.target.falling", falling.Error!.Code);
    }
}
