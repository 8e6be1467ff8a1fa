using Concordia.Application.Abstractions;
using Concordia.Domain.Finance;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Portal;

/// <summary>A fund's year: money paid and pledged (in the target's currency, or US dollars without a target) against the target.</summary>
public sealed record FundYear(int Year, decimal Paid, decimal Pledged, decimal? Target);

public sealed record FundRow(Guid Id, string Name, string? ShortName, MechanismRef? Mechanism, Currency Currency, Money? AnnualTarget,
    IReadOnlyList<FundYear> Years);

public sealed record FlowRow(Guid Id, string Title, CountryRef Provider, CountryRef Recipient, FlowType Type, int? FiscalYear,
    string? Channel, string? Sector, Money Original, Money? Converted);

/// <summary>ODA in the common currency for one fiscal year and provider.</summary>
public sealed record FlowTotal(int Year, CountryRef Provider, decimal Amount);

public sealed record FinanceView(Currency Common, IReadOnlyList<FundRow> Funds, IReadOnlyList<FlowTotal> FlowTotals, IReadOnlyList<FlowRow> Flows);

/// <summary>Funds and flows: contributions against target by year, and ODA by year and provider in one currency.</summary>
public sealed class FinanceQueries(IConcordiaDb db)
{
    public async Task<FinanceView> GetAsync(CancellationToken ct = default)
    {
        var lookups = await PortalLookups.LoadAsync(db, ct);
        var funds = await db.Funds.AsNoTracking().ToListAsync(ct);
        var contributions = await db.Contributions.AsNoTracking().ToListAsync(ct);
        var flows = await db.Flows.AsNoTracking().Where(f => f.ParentFlowId == null).ToListAsync(ct);

        var fundRows = funds.OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => Fund(f, contributions.Where(c => c.FundId == f.Id).ToList(), lookups)).ToList();
        var flowRows = flows
            .Select(f => new FlowRow(f.Id, f.Title, lookups.Country(f.Provider), lookups.Country(f.Recipient), f.Type, f.FiscalYear,
                f.Channel, f.Sector, f.Amount, ReferenceRates.ToCommon(f.Amount)))
            .OrderByDescending(f => f.FiscalYear).ThenBy(f => f.Provider.Code, StringComparer.Ordinal).ToList();
        var totals = flowRows.Where(f => f.FiscalYear is not null && f.Converted is not null)
            .GroupBy(f => (Year: f.FiscalYear!.Value, f.Provider.Code))
            .Select(g => new FlowTotal(g.Key.Year, g.First().Provider, g.Sum(f => f.Converted!.Value.Amount)))
            .OrderBy(t => t.Year).ThenBy(t => t.Provider.Code, StringComparer.Ordinal).ToList();
        return new FinanceView(ReferenceRates.Common, fundRows, totals, flowRows);
    }

    private static FundRow Fund(Fund fund, List<Contribution> contributions, PortalLookups lookups)
    {
        var currency = fund.AnnualTarget?.Currency ?? ReferenceRates.Common;
        decimal? InFundCurrency(Money m) =>
            m.Currency == currency ? m.Amount
            : ReferenceRates.ToCommon(m) is { } usd && ReferenceRates.ToCommon(new Money(1, currency)) is { Amount: > 0 } unit
                ? decimal.Round(usd.Amount / unit.Amount, 2) : null;
        var years = contributions.GroupBy(c => c.Year).OrderBy(g => g.Key)
            .Select(g => new FundYear(g.Key,
                g.Where(c => !c.IsPledge).Sum(c => InFundCurrency(c.Amount) ?? 0),
                g.Where(c => c.IsPledge).Sum(c => InFundCurrency(c.Amount) ?? 0),
                fund.AnnualTarget?.Amount))
            .ToList();
        return new FundRow(fund.Id, fund.Name, fund.ShortName, lookups.Mechanism(fund.MechanismId), currency, fund.AnnualTarget, years);
    }
}
