using Concordia.Application.Finance;

namespace Concordia.Application.Exports;

/// <summary>Turns a snapshot into the table of each registry list.</summary>
public static class RegistryTables
{
    public static ITable Build(ExportSnapshot s, ExportKind kind, Uri baseUrl, FlowValuation valuation) => kind switch
    {
        ExportKind.Countries => Make(kind, s.Countries.OrderBy(c => c.Code.Value).Select(RegistryRows.From)),
        ExportKind.Mechanisms => Make(kind, s.Mechanisms.OrderBy(m => m.Id, StringComparer.Ordinal).Select(RegistryRows.From)),
        ExportKind.Memberships => Make(kind, s.Mechanisms.SelectMany(m => m.Memberships)
            .OrderBy(m => m.MechanismId, StringComparer.Ordinal).ThenBy(m => m.Country.Value).Select(RegistryRows.From)),
        ExportKind.Chairs => Make(kind, s.Mechanisms.SelectMany(m => m.ChairTerms)
            .OrderBy(c => c.MechanismId, StringComparer.Ordinal).ThenBy(c => c.From).Select(RegistryRows.From)),
        ExportKind.Meetings => Make(kind, s.Meetings.OrderBy(m => m.Start).ThenBy(m => m.Id).Select(m => RegistryRows.From(m, baseUrl))),
        ExportKind.People => Make(kind, s.People.OrderBy(p => p.Name, StringComparer.Ordinal).Select(RegistryRows.From)),
        ExportKind.Delegations => Make(kind, s.Delegations.OrderBy(d => d.MeetingId).ThenBy(d => d.Country.Value).Select(RegistryRows.From)),
        ExportKind.Strategies => Make(kind, s.Strategies.OrderBy(x => x.MechanismId, StringComparer.Ordinal).ThenBy(x => x.Name).Select(RegistryRows.From)),
        ExportKind.PriorityAreas => Make(kind, s.PriorityAreas.OrderBy(a => a.Code, StringComparer.Ordinal).Select(RegistryRows.From)),
        ExportKind.Commitments => Make(kind, s.Commitments.OrderBy(c => c.History[0].On).ThenBy(c => c.Id).Select(FollowUpRows.From)),
        ExportKind.StatusHistory => Make(kind, s.Commitments.OrderBy(c => c.History[0].On).ThenBy(c => c.Id).SelectMany(FollowUpRows.History)),
        ExportKind.Funds => Make(kind, s.Funds.OrderBy(f => f.Name, StringComparer.Ordinal).Select(FollowUpRows.From)),
        ExportKind.FundTargets => Make(kind, s.FundTargets.OrderBy(t => t.FundId).ThenBy(t => t.FromYear).Select(FollowUpRows.From)),
        ExportKind.Contributions => Make(kind, s.Contributions.OrderBy(c => c.Year).ThenBy(c => c.Contributor.Value).ThenBy(c => c.Id)
            .Select(c => FollowUpRows.From(c, valuation))),
        ExportKind.Flows => Make(kind, s.Flows.OrderBy(f => f.FiscalYear).ThenBy(f => f.Provider.Value).ThenBy(f => f.Id)
            .Select(f => FollowUpRows.From(f, valuation))),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static Table<T> Make<T>(ExportKind kind, IEnumerable<T> rows) where T : class => new(kind, rows.ToList());
}
