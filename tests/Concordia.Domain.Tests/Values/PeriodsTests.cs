using Concordia.Domain.Values;

namespace Concordia.Domain.Tests.Values;

public class PeriodsTests
{
    private static PartialDate? D(string? iso) => iso is null ? null : PartialDate.Parse(iso).Value;

    [Theory]
    [InlineData("2025-07-10", "2025-07-09", true)]
    [InlineData("2025", "2024-12-31", true)]
    [InlineData("2025", "2025-01-01", false)]
    [InlineData("2025-07-10", "2025-07", false)]
    [InlineData("XXXX-07-26", "2025-07-01", false)]
    [InlineData(null, "2025-07-01", false)]
    public void EndsBeforeStart_PartialDates_JudgesOnlyCertainCases(string? start, string? end, bool expected) =>
        Assert.Equal(expected, Periods.EndsBeforeStart(D(start), D(end)));

    [Theory]
    [InlineData("2025-12-31", "2025-12-30", false)]
    [InlineData("2025-12-31", "2025-12-31", false)]
    [InlineData("2025-12-31", "2026-01-01", true)]
    [InlineData("2025-02", "2025-03-01", true)]
    public void IsPast_Deadline_OnlyAfterItsLastDay(string deadline, string day, bool expected) =>
        Assert.Equal(expected, Periods.IsPast(D(deadline)!.Value, DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2025")]
    [InlineData("2025-08")]
    [InlineData("2025-07-10")]
    [InlineData("XXXX-07-26")]
    public void PartialDateParse_IsoForms_RoundTrip(string iso) => Assert.Equal(iso, PartialDate.Parse(iso).Value.ToString());

    [Theory]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("25-07-10")]
    [InlineData("XXXX-07")]
    public void PartialDateParse_Invalid_Fails(string iso) => Assert.False(PartialDate.Parse(iso).IsSuccess);

    [Fact]
    public void MoneyCreate_Negative_Fails() => Assert.Equal("money.negative", Money.Create(-1, "USD").Error!.Code);
}
