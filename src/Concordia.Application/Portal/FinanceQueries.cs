using Concordia.Application.Abstractions;
using Concordia.Application.Finance;
using Concordia.Domain.Finance;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;
using FundYear = Concordia.Application.Finance.FundYear;

namespace Concordia.Application.Portal;

/// <summary>A fund's years against its target, or why they could not be computed (a missing exchange rate).</summary>
public sealed record FundRow(Guid Id, string Name, string? ShortName, MechanismRef? Mechanism, Currency Currency, IReadOnlyList<FundYear> Years,
    string? Problem);

/// <summary>A flow with its original amount and its US-dollar value (null when no rate is known for its year).</summary>
public sealed record FlowRow(Guid Id, string Title, CountryRef Provider, CountryRef Recipient, FlowType Type, int? FiscalYear,
    string? Channel, string? Sector, Money Original, decimal? Usd);

/// <summary>ODA in US dollars for one fiscal year and provider, each amount counted once.</summary>
public sealed record FlowTotal(int Year, CountryRef Provider, decimal Usd, int Flows, int Unvalued);

public sealed record FinanceView(IReadOnlyList<FundRow> Funds, IReadOnlyList<FlowTotal> FlowTotals, IReadOnlyList<FlowRow> Flows);

/// <summary>Funds and flows: contributions against target by year, and ODA by year and provider in US dollars.</summary>
public sealed class FinanceQueries(IConcordiaDb db, PortalVocabulary vocabulary)
{
    private readonly FlowValuation _valuation = FlowValuation.Default;

    public async Task<FinanceView> GetAsync(CancellationToken ct = default)
    {
        var lookups = await vocabulary.GetAsync(db, ct);
        var funds = await db.Funds.AsNoTracking().ToListAsync(ct);
        var contributions = await db.Contributions.AsNoTracking().ToListAsync(ct);
        var targets = await db.FundTargets.AsNoTracking().ToListAsync(ct);
        var flows = await db.Flows.AsNoTracking().ToListAsync(ct);

        var fundRows = funds.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => Fund(f, targets, contributions, lookups)).ToList();
        var flowRows = FlowTotals.Countable(flows)
            .Select(_valuation.Value)
            .Select(v => new FlowRow(v.Flow.Id, v.Flow.Title, lookups.Country(v.Flow.Provider), lookups.Country(v.Flow.Recipient),
                v.Flow.Type, v.Flow.FiscalYear, v.Flow.Channel, v.Flow.Sector, v.Flow.Amount, v.Usd))
            .OrderByDescending(f => f.FiscalYear).ThenBy(f => f.Provider.Code, StringComparer.Ordinal).ToList();
        var totals = FlowTotals.ByProviderAndYear(flows, _valuation)
            .Where(t => t.FiscalYear is not null)
            .Select(t => new FlowTotal(t.FiscalYear!.Value, lookups.Country(t.Provider), t.Usd, t.Flows, t.Unvalued))
            .OrderBy(t => t.Year).ThenBy(t => t.Provider.Code, StringComparer.Ordinal).ToList();
        return new FinanceView(fundRows, totals, flowRows);
    }

    private FundRow Fund(Fund fund, List<FundTarget> targets, List<Contribution> contributions, PortalLookups lookups)
    {
        var report = FundGaps.Report(fund, targets, contributions, _valuation);
        return report.IsSuccess
            ? new FundRow(fund.Id, fund.Name, fund.ShortName, lookups.Mechanism(fund.MechanismId), report.Value.Currency, report.Value.Years, null)
            : new FundRow(fund.Id, fund.Name, fund.ShortName, lookups.Mechanism(fund.MechanismId), fund.AnnualTarget?.Currency ?? Currency.Usd, [],
                report.Error!.Message);
    }
}
