using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Concordia.Application.Exports;
using Concordia.Application.Finance;
using Concordia.Domain.Finance;

namespace Concordia.Application.Tests.Exports;

public class IatiActivitiesTests
{
    private static readonly Dictionary<string, string> Countries = new() { ["JP"] = "Japan", ["VN"] = "Viet Nam", ["KR"] = "Republic of Korea" };

    private static IatiActivities Iati() => new(new IatiPublisher(), FlowValuation.Default, Countries);

    /// <summary>Validates against the official IATI 2.03 XSDs copied beside the tests; returns every error.</summary>
    internal static List<string> Validate(XDocument doc)
    {
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "Exports", "Iati", "iati-activities-schema.xsd"));
        var errors = new List<string>();
        var reparsed = XDocument.Parse(doc.ToString());
        reparsed.Validate(schemas, (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        return errors;
    }

    [Fact]
    public void Build_SampleFlowsAndFund_ValidAgainstIati203Schema()
    {
        var s = Samples.Build();

        var export = Iati().Build(s.Flows, s.Funds, s.FundTargets, s.Contributions, Samples.Stamp).Value;

        Assert.Empty(Validate(export.Document));
        Assert.Equal(4, export.Activities);
        Assert.Equal("no fiscal year, so no activity date", export.Skipped.Single().Reason);
    }

    [Fact]
    public void Build_JapaneseLoan_FiscalYearDatesChannelAndParentLinks()
    {
        var s = Samples.Build();
        var iati = Iati();
        var parent = s.Flows.Single(f => f.ParentFlowId is null && f.Channel == "JICA");
        var child = s.Flows.Single(f => f.ParentFlowId == parent.Id);

        var doc = iati.Build(s.Flows, [], [], [], Samples.Stamp).Value.Document;

        var activity = doc.Root!.Elements("iati-activity").Single(a => a.Element("iati-identifier")!.Value == iati.FlowIdentifier(parent.Id));
        Assert.Equal(["2023-04-01", "2024-03-31"], activity.Elements("activity-date").Select(d => d.Attribute("iso-date")!.Value));
        Assert.Equal(["1:Government of Japan", "4:JICA"],
            activity.Elements("participating-org").Select(o => $"{o.Attribute("role")!.Value}:{o.Element("narrative")!.Value}"));
        Assert.Equal("421", activity.Element("default-finance-type")!.Attribute("code")!.Value);
        var value = activity.Element("transaction")!.Element("value")!;
        Assert.Equal(("JPY", "100000000000"), (value.Attribute("currency")!.Value, value.Value));
        Assert.Equal($"2:{iati.FlowIdentifier(child.Id)}", Related(activity));
        var childActivity = doc.Root!.Elements("iati-activity").Single(a => a.Element("iati-identifier")!.Value == iati.FlowIdentifier(child.Id));
        Assert.Equal($"1:{iati.FlowIdentifier(parent.Id)}", Related(childActivity));
    }

    [Fact]
    public void Build_Fund_TargetsAsBudgetsAndContributionsAsIncomingTransactions()
    {
        var s = Samples.Build();
        var iati = Iati();

        var doc = iati.Build([], s.Funds, s.FundTargets, s.Contributions, Samples.Stamp).Value.Document;

        var fund = doc.Root!.Element("iati-activity")!;
        Assert.Empty(Validate(doc));
        Assert.Equal(["6000000", "7333333.33", "8666666.67", "10000000"], fund.Elements("budget").Select(b => b.Element("value")!.Value));
        Assert.Equal(["1", "11"], fund.Elements("transaction").Select(t => t.Element("transaction-type")!.Attribute("code")!.Value));
        Assert.Equal("Government of Republic of Korea", fund.Element("participating-org")!.Element("narrative")!.Value);
    }

    [Fact]
    public void Build_Nothing_FailsAsEmpty_AndBrokenDocumentIsCaughtByValidator()
    {
        Assert.Equal("export.empty", Iati().Build([], [], [], [], Samples.Stamp).Error!.Code);
        var s = Samples.Build();
        var doc = Iati().Build(s.Flows, [], [], [], Samples.Stamp).Value.Document;
        doc.Root!.Element("iati-activity")!.Element("reporting-org")!.Remove();

        Assert.NotEmpty(Validate(doc));
    }

    private static string Related(XElement activity) =>
        string.Join(",", activity.Elements("related-activity").Select(r => $"{r.Attribute("type")!.Value}:{r.Attribute("ref")!.Value}"));
}
