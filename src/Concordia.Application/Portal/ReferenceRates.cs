using Concordia.Domain.Values;

namespace Concordia.Application.Portal;

/// <summary>
/// Approximate 2024 annual-average rates to the US dollar, used only to put flows in different currencies on one
/// chart. The original amount is always shown beside the converted one; amounts in other currencies are left out
/// of totals and listed as not converted.
/// </summary>
public static class ReferenceRates
{
    public static Currency Common => Currency.Usd;

    private static readonly Dictionary<string, decimal> UsdPerUnit = new(StringComparer.Ordinal)
    {
        ["USD"] = 1m,
        ["JPY"] = 0.0066m,
        ["KRW"] = 0.00073m,
        ["VND"] = 0.000040m,
        ["CNY"] = 0.139m,
        ["EUR"] = 1.08m,
        ["THB"] = 0.028m,
        ["AUD"] = 0.66m,
        ["GBP"] = 1.28m,
        ["INR"] = 0.012m,
    };

    /// <summary>The amount in US dollars, or null when no reference rate is known for its currency.</summary>
    public static Money? ToCommon(Money amount) =>
        UsdPerUnit.TryGetValue(amount.Currency.Code, out var rate) ? amount.ConvertTo(Common, rate) : null;
}
