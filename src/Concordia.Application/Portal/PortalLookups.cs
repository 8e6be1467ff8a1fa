using Concordia.Application.Abstractions;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Portal;

/// <summary>
/// The small vocabularies every page names things with (countries, mechanisms, meeting kinds, priority areas),
/// read once per request, and the conversions of records into the portal's list rows.
/// </summary>
public sealed class PortalLookups
{
    private readonly Dictionary<string, Country> _countries;
    private readonly Dictionary<string, Mechanism> _mechanisms;
    private readonly Dictionary<MeetingKind, MeetingKindTerm> _kinds;
    private readonly Dictionary<string, PriorityArea> _areas;

    private PortalLookups(List<Country> countries, List<Mechanism> mechanisms, List<MeetingKindTerm> kinds, List<PriorityArea> areas,
        List<CountryCode> memberCountries)
    {
        MemberCountries = memberCountries;
        _countries = countries.ToDictionary(c => c.Code.Value);
        _mechanisms = mechanisms.ToDictionary(m => m.Id);
        _kinds = kinds.ToDictionary(k => k.Kind);
        _areas = areas.ToDictionary(a => a.Code);
    }

    public static async Task<PortalLookups> LoadAsync(IConcordiaDb db, CancellationToken ct) =>
        new(await db.Countries.AsNoTracking().ToListAsync(ct),
            await db.Mechanisms.AsNoTracking().ToListAsync(ct),
            await db.MeetingKinds.AsNoTracking().ToListAsync(ct),
            await db.PriorityAreas.AsNoTracking().ToListAsync(ct),
            await db.Memberships.AsNoTracking().Select(m => m.Country).Distinct().ToListAsync(ct));

    /// <summary>The countries that belong, or belonged, to some mechanism.</summary>
    public IReadOnlyList<CountryCode> MemberCountries { get; }

    public IEnumerable<Mechanism> Mechanisms => _mechanisms.Values.OrderBy(m => m.Name, StringComparer.Ordinal);

    public IEnumerable<PriorityArea> Areas => _areas.Values.OrderBy(a => a.NameEn, StringComparer.Ordinal);

    public CountryRef Country(CountryCode code) =>
        _countries.TryGetValue(code.Value, out var c) ? new CountryRef(code.Value, new Label(c.NameEn, c.NameVi)) : new CountryRef(code.Value, Label.Same(code.Value));

    public MechanismRef? Mechanism(string? id) =>
        id is not null && _mechanisms.TryGetValue(id, out var m) ? new MechanismRef(m.Id, m.Name, m.ShortName) : null;

    public Label KindName(MeetingKind kind) =>
        _kinds.TryGetValue(kind, out var k) ? new Label(k.NameEn, k.NameVi) : Label.Same(kind.ToSlug());

    public Label? AreaName(string? code) =>
        code is not null && _areas.TryGetValue(code, out var a) ? new Label(a.NameEn, a.NameVi) : code is null ? null : Label.Same(code);

    public MeetingRef Meeting(Meeting m) =>
        new(m.Id, Mechanism(m.MechanismId), m.Kind, KindName(m.Kind), m.Ordinal, m.Start, m.End, m.City,
            m.Country is { } c ? Country(c) : null, m.Title, m.Status);

    public CommitmentRow Commitment(Commitment c, IReadOnlyDictionary<Guid, Meeting> meetings, DateOnly today) =>
        new(c.Id, c.Action, c.Kind, c.Status, Mechanism(c.MechanismId),
            c.MeetingId is { } mid && meetings.TryGetValue(mid, out var meeting) ? Meeting(meeting) : null,
            c.Parties.Select(Country).ToList(), c.PriorityArea, AreaName(c.PriorityArea), c.Deadline, c.Target,
            c.IsOverdue(today), c.ComplianceScore);

    public StrategyRow Strategy(Strategy s) =>
        new(s.Id, s.Name, s.Adopted, s.PeriodFrom, s.PeriodTo, s.AdoptedAtMeetingId,
            s.Pillars.Select(p => new PillarRow(p.Number, p.Title, p.PriorityAreas.Select(a => AreaName(a)!).ToList())).ToList());

    /// <summary>Rows for commitments, with the meetings they were made at read in one query.</summary>
    public async Task<List<CommitmentRow>> CommitmentRowsAsync(IConcordiaDb db, IReadOnlyList<Commitment> commitments, DateOnly today, CancellationToken ct)
    {
        var ids = commitments.Where(c => c.MeetingId is not null).Select(c => c.MeetingId!.Value).Distinct().ToList();
        var meetings = ids.Count == 0
            ? new Dictionary<Guid, Meeting>()
            : await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        return commitments.Select(c => Commitment(c, meetings, today)).ToList();
    }
}
