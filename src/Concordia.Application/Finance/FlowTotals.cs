using Concordia.Domain.Finance;
using Concordia.Domain.Values;

namespace Concordia.Application.Finance;

/// <summary>One provider's flows in one fiscal year: the total and its split by channel (the split sums to the total).</summary>
public sealed record ProviderYearTotal(
    CountryCode Provider, int? FiscalYear, decimal Usd, IReadOnlyDictionary<string, decimal> UsdByChannel, int Flows, int Unvalued);

/// <summary>Totals of ODA flows that count each amount once.</summary>
public static class FlowTotals
{
    /// <summary>Channel name used for flows recorded without one (e.g. by the government itself).</summary>
    public const string DirectChannel = "direct";

    /// <summary>
    /// The flows that count: a flow is left out when one of its ancestors is in the same set, since the parent's
    /// amount already includes it (a loan package and its tranches are counted once, as the package).
    /// </summary>
    /// <param name="flows">The flows to count.</param>
    /// <param name="lineage">Flows to walk parent links through when an intermediate parent is not in the set.</param>
    public static IReadOnlyList<FinancialFlow> Countable(IEnumerable<FinancialFlow> flows, IEnumerable<FinancialFlow>? lineage = null)
    {
        var set = flows.DistinctBy(f => f.Id).ToDictionary(f => f.Id);
        var all = new Dictionary<Guid, FinancialFlow>(set);
        foreach (var f in lineage ?? []) all.TryAdd(f.Id, f);
        return set.Values.Where(f => !HasAncestorIn(f, set, all)).ToList();
    }

    /// <summary>
    /// Totals per provider and fiscal year. A government and its aid agency are one provider (the country) with two
    /// channels, so an amount appears once in the provider total and once in exactly one channel.
    /// </summary>
    public static IReadOnlyList<ProviderYearTotal> ByProviderAndYear(IEnumerable<FinancialFlow> flows, FlowValuation valuation) =>
        Countable(flows)
            .Select(valuation.Value)
            .GroupBy(v => (v.Flow.Provider, v.Flow.FiscalYear))
            .OrderBy(g => g.Key.Provider.Value).ThenBy(g => g.Key.FiscalYear)
            .Select(g => new ProviderYearTotal(
                g.Key.Provider, g.Key.FiscalYear,
                g.Sum(v => v.Usd ?? 0),
                g.GroupBy(v => v.Flow.Channel ?? DirectChannel).ToDictionary(c => c.Key, c => c.Sum(v => v.Usd ?? 0)),
                g.Count(),
                g.Count(v => v.Usd is null)))
            .ToList();

    private static bool HasAncestorIn(FinancialFlow flow, Dictionary<Guid, FinancialFlow> set, Dictionary<Guid, FinancialFlow> all)
    {
        var seen = new HashSet<Guid> { flow.Id };
        for (var parent = flow.ParentFlowId; parent is { } p && seen.Add(p); parent = all.GetValueOrDefault(p)?.ParentFlowId)
        {
            if (set.ContainsKey(p)) return true;
        }

        return false;
    }
}
