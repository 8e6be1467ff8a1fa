using Concordia.Domain.Finance;
using Concordia.Domain.Values;

namespace Concordia.Domain.Tests.Finance;

public class FlowAndFundTests
{
    private static FlowDetails Loans(decimal amount = 100_000_000_000m) =>
        new("Japanese ODA loans to Vietnam in fiscal year 2023", CountryCode.Of("JP"), CountryCode.Of("VN"),
            new Money(amount, Currency.Jpy), FlowType.Loan, 2023, "JICA");

    [Fact]
    public void FlowCreate_OdaLoanPackage_KeepsProviderChannelAndYear()
    {
        var flow = FinancialFlow.Create(Loans()).Value;

        Assert.Equal(("JP", "VN", "JICA", 2023), (flow.Provider.Value, flow.Recipient.Value, flow.Channel!, flow.FiscalYear!.Value));
        Assert.Equal("100000000000 JPY", flow.Amount.ToString());
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2500)]
    public void FlowCreate_ImplausibleFiscalYear_FailsNamingFiscalYear(int year) =>
        Assert.Equal("fiscalYear", FinancialFlow.Create(Loans() with { FiscalYear = year }).Error!.Field);

    [Fact]
    public void FlowUpdate_ParentIsItself_FailsNamingParent()
    {
        var flow = FinancialFlow.Create(Loans()).Value;

        var result = flow.Update(Loans() with { ParentFlowId = flow.Id });

        Assert.Equal("parentFlowId", result.Error!.Field);
        Assert.Null(flow.ParentFlowId);
    }

    [Fact]
    public void ContributionCreate_ZeroAmountAndBadYear_ReportsBoth() =>
        Assert.Equal(["year", "amount"],
            Contribution.Create(Guid.CreateVersion7(), CountryCode.Of("KR"), 1800, new Money(0, Currency.Usd)).Errors.Select(e => e.Field));

    [Fact]
    public void TotalsByYear_ContributionsInTargetCurrency_SumsPerYear()
    {
        var fund = Fund.Create("Mekong–Korea Cooperation Fund", "MKCF", "mekong-korea", new Money(10_000_000m, Currency.Usd)).Value;
        Contribution[] paid =
        [
            Contribution.Create(fund.Id, CountryCode.Of("KR"), 2024, new Money(6_000_000m, Currency.Usd)).Value,
            Contribution.Create(fund.Id, CountryCode.Of("KR"), 2024, new Money(2_000_000m, Currency.Usd)).Value,
            Contribution.Create(fund.Id, CountryCode.Of("KR"), 2025, new Money(9_000_000m, Currency.Usd)).Value,
            Contribution.Create(fund.Id, CountryCode.Of("KR"), 2025, new Money(1_000_000_000m, Currency.Krw)).Value,
            Contribution.Create(Guid.CreateVersion7(), CountryCode.Of("KR"), 2025, new Money(5m, Currency.Usd)).Value,
        ];

        var totals = fund.TotalsByYear(paid);

        Assert.Equal(new Dictionary<int, decimal> { [2024] = 8_000_000m, [2025] = 9_000_000m }, totals);
    }

    [Fact]
    public void FundCreate_BadMechanismSlug_FailsNamingMechanismId() =>
        Assert.Equal("mechanismId", Fund.Create("Fund", null, "Mekong Korea").Error!.Field);
}
