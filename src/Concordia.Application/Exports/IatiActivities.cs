using System.Globalization;
using System.Xml.Linq;
using Concordia.Application.Finance;
using Concordia.Domain;
using Concordia.Domain.Finance;
using Concordia.Domain.Values;

namespace Concordia.Application.Exports;

/// <summary>Who publishes the IATI file: set the publisher's registered organisation identifier before publishing.</summary>
public sealed record IatiPublisher(string Ref = "XX-CONCORDIA", string Name = "Concordia", string OrganisationType = "90");

public sealed record IatiExport(XDocument Document, int Activities, IReadOnlyList<SkippedRecord> Skipped);

public sealed record SkippedRecord(Guid Id, string Reason);

/// <summary>
/// IATI activity XML, standard 2.03: one activity per flow (an outgoing commitment in its original currency on the
/// first day of the provider's fiscal year, linked to its parent and child flows) and one per fund (targets as
/// budgets, paid contributions as incoming funds, pledged ones as incoming commitments). Concordia reports others'
/// money, so it is a secondary reporter.
/// </summary>
public sealed class IatiActivities(IatiPublisher publisher, FlowValuation valuation, IReadOnlyDictionary<string, string> countryNames)
{
    public Result<IatiExport> Build(IEnumerable<FinancialFlow> flows, IEnumerable<Fund> funds, IEnumerable<FundTarget> targets,
        IEnumerable<Contribution> contributions, DateTimeOffset stamp)
    {
        var skipped = new List<SkippedRecord>();
        var flowList = flows.OrderBy(f => f.FiscalYear).ThenBy(f => f.Id).ToList();
        var activities = new List<XElement>();
        foreach (var flow in flowList)
        {
            var valued = valuation.Value(flow);
            if (valued.Period is null) skipped.Add(new SkippedRecord(flow.Id, "no fiscal year, so no activity date"));
            else activities.Add(FlowActivity(valued, flowList, stamp));
        }

        var contributionList = contributions.ToList();
        var targetList = targets.ToList();
        foreach (var fund in funds.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var fundActivity = new IatiFundActivity(this, fund, targetList, contributionList).Build(stamp);
            if (fundActivity is null) skipped.Add(new SkippedRecord(fund.Id, "no targets or contributions, so no activity date"));
            else activities.Add(fundActivity);
        }

        if (activities.Count == 0) return Result<IatiExport>.Fail("export.empty", "no flows or funds to export", "kind");
        var root = new XElement("iati-activities", new XAttribute("version", "2.03"), new XAttribute("generated-datetime", Stamp(stamp)), activities);
        return new IatiExport(new XDocument(new XDeclaration("1.0", "utf-8", null), root), activities.Count, skipped);
    }

    public string FlowIdentifier(Guid flowId) => $"{publisher.Ref}-flow-{flowId}";

    public string FundIdentifier(Guid fundId) => $"{publisher.Ref}-fund-{fundId}";

    internal XElement Header(string identifier, string title, string description, string currency, DateTimeOffset stamp) =>
        new("iati-activity",
            new XAttribute("last-updated-datetime", Stamp(stamp)),
            new XAttribute(XNamespace.Xml + "lang", "en"),
            new XAttribute("default-currency", currency),
            new XElement("iati-identifier", identifier),
            new XElement("reporting-org", new XAttribute("ref", publisher.Ref), new XAttribute("type", publisher.OrganisationType),
                new XAttribute("secondary-reporter", "true"), Narrative(publisher.Name)),
            new XElement("title", Narrative(title)),
            new XElement("description", new XAttribute("type", "1"), Narrative(description)));

    internal string CountryName(CountryCode code) => countryNames.GetValueOrDefault(code.Value, code.Value);

    internal static XElement Narrative(string text) => new("narrative", text);

    internal static XElement Org(string element, string name, string? role = null, string? type = "10") =>
        new(element, role is null ? null : new XAttribute("role", role), type is null ? null : new XAttribute("type", type), Narrative(name));

    internal static XElement Transaction(string typeCode, DateOnly date, Money value, string? description, XElement? provider, XElement? receiver) =>
        new("transaction",
            new XElement("transaction-type", new XAttribute("code", typeCode)),
            new XElement("transaction-date", new XAttribute("iso-date", Iso(date))),
            new XElement("value", new XAttribute("currency", value.Currency.Code), new XAttribute("value-date", Iso(date)),
                value.Amount.ToString(CultureInfo.InvariantCulture)),
            description is null ? null : new XElement("description", Narrative(description)),
            provider, receiver);

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Stamp(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private XElement FlowActivity(ValuedFlow v, IReadOnlyList<FinancialFlow> all, DateTimeOffset stamp)
    {
        var f = v.Flow;
        var period = v.Period!;
        var provider = $"Government of {CountryName(f.Provider)}";
        var activity = Header(FlowIdentifier(f.Id), f.Title, Describe(v), f.Amount.Currency.Code, stamp);
        activity.Add(
            Org("participating-org", provider, role: "1"),
            f.Channel is { } channel ? Org("participating-org", channel, role: "4") : null,
            new XElement("activity-status", new XAttribute("code", "2")),
            new XElement("activity-date", new XAttribute("type", "1"), new XAttribute("iso-date", Iso(period.Start))),
            new XElement("activity-date", new XAttribute("type", "3"), new XAttribute("iso-date", Iso(period.End))),
            new XElement("recipient-country", new XAttribute("code", f.Recipient.Value), Narrative(CountryName(f.Recipient))),
            f.Sector is { } sector ? new XElement("sector", new XAttribute("vocabulary", "99"), new XAttribute("code", sector), Narrative(sector)) : null,
            new XElement("default-flow-type", new XAttribute("code", "10")),
            new XElement("default-finance-type", new XAttribute("code", f.Type == FlowType.Loan ? "421" : "110")),
            f.Type == FlowType.TechnicalCooperation ? new XElement("default-aid-type", new XAttribute("code", "D02")) : null,
            Transaction("2", period.Start, f.Amount, null, Org("provider-org", f.Channel ?? provider),
                Org("receiver-org", $"Government of {CountryName(f.Recipient)}")));
        if (f.ParentFlowId is { } parent && all.Any(x => x.Id == parent))
            activity.Add(new XElement("related-activity", new XAttribute("ref", FlowIdentifier(parent)), new XAttribute("type", "1")));
        foreach (var child in all.Where(x => x.ParentFlowId == f.Id))
            activity.Add(new XElement("related-activity", new XAttribute("ref", FlowIdentifier(child.Id)), new XAttribute("type", "2")));
        return activity;
    }

    private string Describe(ValuedFlow v)
    {
        var f = v.Flow;
        var via = f.Channel is null ? "" : $" through {f.Channel}";
        var usd = v.Usd is { } u ? string.Create(CultureInfo.InvariantCulture, $" About USD {u:0.##} at annual average rates.") : "";
        return $"{f.Type} from {CountryName(f.Provider)}{via} to {CountryName(f.Recipient)}, fiscal year {f.FiscalYear} "
               + $"({Iso(v.Period!.Start)} to {Iso(v.Period.End)}): {f.Amount}.{usd}";
    }
}
