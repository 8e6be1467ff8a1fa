using System.Xml.Linq;
using Concordia.Domain.Finance;

namespace Concordia.Application.Exports;

/// <summary>A fund as an IATI activity: contributors as funders, yearly targets as budgets, contributions as transactions.</summary>
internal sealed class IatiFundActivity(IatiActivities iati, Fund fund, IReadOnlyList<FundTarget> allTargets, IReadOnlyList<Contribution> allContributions)
{
    public XElement? Build(DateTimeOffset stamp)
    {
        var targets = allTargets.Where(t => t.FundId == fund.Id).OrderBy(t => t.FromYear).ToList();
        var contributions = allContributions.Where(c => c.FundId == fund.Id).OrderBy(c => c.Year).ThenBy(c => c.Contributor.Value).ToList();
        var years = targets.Select(t => t.FromYear).Concat(contributions.Select(c => c.Year)).ToList();
        if (years.Count == 0) return null;
        var currency = targets.FirstOrDefault()?.Amount.Currency.Code ?? fund.AnnualTarget?.Currency.Code
            ?? contributions[0].Amount.Currency.Code;
        var description = fund.MechanismId is { } m ? $"Pooled fund of the {m} mechanism." : "Pooled fund.";
        var activity = iati.Header(iati.FundIdentifier(fund.Id), fund.Name, description, currency, stamp);
        var funders = contributions.Select(c => c.Contributor).Distinct().ToList();
        activity.Add(funders.Count > 0
            ? funders.Select(c => IatiActivities.Org("participating-org", $"Government of {iati.CountryName(c)}", role: "1"))
            : [IatiActivities.Org("participating-org", fund.Name, role: "2", type: null)]);
        activity.Add(
            new XElement("activity-status", new XAttribute("code", "2")),
            new XElement("activity-date", new XAttribute("type", "2"), new XAttribute("iso-date", IatiActivities.Iso(new DateOnly(years.Min(), 1, 1)))),
            new XElement("default-flow-type", new XAttribute("code", "10")),
            new XElement("default-finance-type", new XAttribute("code", "110")));
        activity.Add(Budgets(targets, years.Max()));
        activity.Add(contributions.Select(c => IatiActivities.Transaction(
            c.IsPledge ? "11" : "1", new DateOnly(c.Year, 1, 1), c.Amount, $"{(c.IsPledge ? "Pledged" : "Paid")} for {c.Year}",
            IatiActivities.Org("provider-org", $"Government of {iati.CountryName(c.Contributor)}"), null)));
        return activity;
    }

    /// <summary>One indicative budget per year in which a target held, up to the last year with a target or contribution.</summary>
    private static IEnumerable<XElement> Budgets(List<FundTarget> targets, int lastYear)
    {
        if (targets.Count == 0) yield break;
        for (var year = targets[0].FromYear; year <= Math.Max(lastYear, targets[^1].FromYear); year++)
        {
            var target = FundTarget.For(targets, year)!;
            var start = new DateOnly(year, 1, 1);
            yield return new XElement("budget", new XAttribute("type", "1"), new XAttribute("status", "1"),
                new XElement("period-start", new XAttribute("iso-date", IatiActivities.Iso(start))),
                new XElement("period-end", new XAttribute("iso-date", IatiActivities.Iso(new DateOnly(year, 12, 31)))),
                new XElement("value", new XAttribute("currency", target.Amount.Currency.Code), new XAttribute("value-date", IatiActivities.Iso(start)),
                    target.Amount.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
