using Concordia.Domain;
using Concordia.Domain.Finance;
using Concordia.Domain.Values;

namespace Concordia.Application.Finance;

/// <summary>
/// A fund's year: the target that held, what was paid and pledged (in the target's currency), and the gap — target
/// minus paid, negative when the target was exceeded; null when no target held that year.
/// </summary>
public sealed record FundYear(int Year, Currency Currency, decimal? Target, decimal Paid, decimal Pledged, decimal? Gap);

/// <summary>What one contributor paid into a fund in a year, in the fund's reporting currency.</summary>
public sealed record ContributorYear(CountryCode Contributor, int Year, decimal Paid, decimal Pledged);

public sealed record FundReport(Fund Fund, Currency Currency, IReadOnlyList<FundYear> Years, IReadOnlyList<ContributorYear> Contributors);

public static class FundGaps
{
    /// <summary>
    /// Builds the year-by-year report from the first target or contribution year to the last. Contributions in other
    /// currencies are converted through USD at their year's rates; a missing rate fails the report.
    /// </summary>
    public static Result<FundReport> Report(Fund fund, IEnumerable<FundTarget> schedule, IEnumerable<Contribution> contributions, FlowValuation valuation)
    {
        var targets = schedule.Where(t => t.FundId == fund.Id).ToList();
        var currency = targets.FirstOrDefault()?.Amount.Currency ?? fund.AnnualTarget?.Currency ?? Currency.Usd;
        var converted = new List<(Contribution C, decimal Amount)>();
        var errors = new List<Error>();
        foreach (var c in contributions.Where(c => c.FundId == fund.Id))
        {
            var amount = valuation.Convert(c.Amount, currency, c.Year);
            if (amount.IsSuccess) converted.Add((c, amount.Value));
            else errors.Add(amount.Error!);
        }

        if (errors.Count > 0) return Result<FundReport>.Fail(errors);
        var years = targets.Select(t => t.FromYear).Concat(converted.Select(x => x.C.Year)).ToList();
        if (years.Count == 0) return new FundReport(fund, currency, [], []);
        var rows = Enumerable.Range(years.Min(), years.Max() - years.Min() + 1)
            .Select(y => Year(fund, targets, converted, currency, y)).ToList();
        var contributors = converted
            .GroupBy(x => (x.C.Contributor, x.C.Year))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Contributor.Value)
            .Select(g => new ContributorYear(g.Key.Contributor, g.Key.Year, Sum(g, paid: true), Sum(g, paid: false)))
            .ToList();
        return new FundReport(fund, currency, rows, contributors);
    }

    private static FundYear Year(Fund fund, List<FundTarget> targets, List<(Contribution C, decimal Amount)> paid, Currency currency, int year)
    {
        var target = FundTarget.For(targets, year)?.Amount.Amount
                     ?? (fund.AnnualTarget is { } flat && flat.Currency == currency ? flat.Amount : null);
        var inYear = paid.Where(x => x.C.Year == year).ToList();
        var p = Sum(inYear, paid: true);
        return new FundYear(year, currency, target, p, Sum(inYear, paid: false), target - p);
    }

    private static decimal Sum(IEnumerable<(Contribution C, decimal Amount)> rows, bool paid) =>
        rows.Where(x => x.C.IsPledge != paid).Sum(x => x.Amount);
}
