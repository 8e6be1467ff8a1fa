using Concordia.Domain;
using Concordia.Domain.Finance;
using Concordia.Domain.Values;

namespace Concordia.Application.Finance;

/// <summary>A flow with its fiscal period and its USD value, or the reason it has none.</summary>
public sealed record ValuedFlow(FinancialFlow Flow, FiscalPeriod? Period, decimal? Usd, Error? Problem);

/// <summary>Gives flows and contributions a USD value from the rates table and the provider's fiscal calendar.</summary>
public sealed class FlowValuation(CurrencyRates rates, FiscalYears fiscalYears)
{
    public static FlowValuation Default { get; } = new(CurrencyRates.Default, FiscalYears.Default);

    public CurrencyRates Rates => rates;
    public FiscalYears FiscalYears => fiscalYears;

    public ValuedFlow Value(FinancialFlow flow)
    {
        if (flow.FiscalYear is not { } fy)
            return new ValuedFlow(flow, null, null, new Error("flow.fiscal-year.missing", $"'{flow.Title}' has no fiscal year", "fiscalYear"));
        var period = fiscalYears.PeriodOf(flow.Provider, fy);
        var usd = rates.ToUsd(flow.Amount, period);
        return new ValuedFlow(flow, period, usd.IsSuccess ? usd.Value : null, usd.Error);
    }

    /// <summary>A contribution's value in USD at its year's average rate.</summary>
    public Result<decimal> ToUsd(Contribution contribution) => rates.ToUsd(contribution.Amount, contribution.Year);

    /// <summary>Converts through USD into another currency at a calendar year's rates.</summary>
    public Result<decimal> Convert(Money money, Currency target, int year)
    {
        if (money.Currency == target) return money.Amount;
        var usd = rates.ToUsd(money, year);
        if (!usd.IsSuccess) return usd;
        return rates.UnitsPerUsd(target, year).Map(rate => decimal.Round(usd.Value * rate, 2));
    }
}
