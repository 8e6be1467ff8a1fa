using Concordia.Domain.Finance;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;

namespace Concordia.Application.Exports;

/// <summary>The records an export draws on, loaded once from the store.</summary>
public sealed record ExportSnapshot
{
    public IReadOnlyList<Country> Countries { get; init; } = [];
    public IReadOnlyList<Mechanism> Mechanisms { get; init; } = [];
    public IReadOnlyList<Meeting> Meetings { get; init; } = [];
    public IReadOnlyList<Person> People { get; init; } = [];
    public IReadOnlyList<Delegation> Delegations { get; init; } = [];
    public IReadOnlyList<Strategy> Strategies { get; init; } = [];
    public IReadOnlyList<PriorityArea> PriorityAreas { get; init; } = [];
    public IReadOnlyList<Commitment> Commitments { get; init; } = [];
    public IReadOnlyList<Fund> Funds { get; init; } = [];
    public IReadOnlyList<FundTarget> FundTargets { get; init; } = [];
    public IReadOnlyList<Contribution> Contributions { get; init; } = [];
    public IReadOnlyList<FinancialFlow> Flows { get; init; } = [];
}

/// <summary>
/// Narrows an export. A mechanism keeps its own records, its funds' money, and the flows between two of its members;
/// a period keeps meetings, commitments (by the day made), contributions, targets and flows (by fiscal period) that
/// touch it. Countries, people and priority areas are reference lists and are never narrowed.
/// </summary>
public sealed record ExportFilter(string? MechanismId = null, DateOnly? From = null, DateOnly? To = null)
{
    public ExportSnapshot Apply(ExportSnapshot s, Finance.FiscalYears fiscalYears)
    {
        var mechanisms = s.Mechanisms.Where(m => MechanismId is null || m.Id == MechanismId).ToList();
        var meetings = s.Meetings.Where(m => Mine(m.MechanismId) && Touches(m.Start?.Start, (m.End ?? m.Start)?.End)).ToList();
        var meetingIds = meetings.Select(m => m.Id).ToHashSet();
        var funds = s.Funds.Where(f => Mine(f.MechanismId)).ToList();
        var fundIds = funds.Select(f => f.Id).ToHashSet();
        var members = mechanisms.SelectMany(m => m.Memberships).Select(m => m.Country).ToHashSet();
        return s with
        {
            Mechanisms = mechanisms,
            Meetings = meetings,
            Delegations = s.Delegations.Where(d => meetingIds.Contains(d.MeetingId)).ToList(),
            Strategies = s.Strategies.Where(x => Mine(x.MechanismId)).ToList(),
            Commitments = s.Commitments.Where(c => Mine(c.MechanismId) && Touches(c.History[0].On, c.History[0].On)).ToList(),
            Funds = funds,
            FundTargets = s.FundTargets.Where(t => fundIds.Contains(t.FundId) && Touches(YearStart(t.FromYear), null)).ToList(),
            Contributions = s.Contributions.Where(c => fundIds.Contains(c.FundId) && Touches(YearStart(c.Year), YearEnd(c.Year))).ToList(),
            Flows = s.Flows.Where(f => Between(members, f) && FlowTouches(f, fiscalYears)).ToList(),
        };
    }

    private bool Mine(string? mechanismId) => MechanismId is null || mechanismId == MechanismId;

    private bool Between(HashSet<CountryCode> members, FinancialFlow f) =>
        MechanismId is null || (members.Contains(f.Provider) && members.Contains(f.Recipient));

    private bool FlowTouches(FinancialFlow f, Finance.FiscalYears fiscalYears)
    {
        if (f.FiscalYear is not { } fy) return From is null && To is null;
        var period = fiscalYears.PeriodOf(f.Provider, fy);
        return Touches(period.Start, period.End);
    }

    /// <summary>True when [start, end] meets [From, To]; an unknown start passes only an unbounded filter.</summary>
    private bool Touches(DateOnly? start, DateOnly? end)
    {
        if (From is null && To is null) return true;
        if (start is null) return false;
        return (To is null || start <= To) && (From is null || (end ?? DateOnly.MaxValue) >= From);
    }

    private static DateOnly YearStart(int year) => new(year, 1, 1);
    private static DateOnly YearEnd(int year) => new(year, 12, 31);
}
