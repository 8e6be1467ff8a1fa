using Concordia.Application.Abstractions;
using Concordia.Application.FollowUp;
using Concordia.Domain;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Portal;

public sealed record MemberRow(CountryRef Country, MembershipKind Kind, PartialDate? From, PartialDate? To, bool IsCurrent);

public sealed record ChairRow(CountryRef Country, PartialDate? From, PartialDate? To, string? Basis);

public sealed record TimelineEntry(MeetingRef Meeting, IReadOnlyList<PersonRef> CoChairs, int? DaysSincePrevious, int? ResumedAfterYears);

/// <summary>One kind of meeting of a mechanism in date order, with the series' usual interval.</summary>
public sealed record TimelineSeries(MeetingKind Kind, Label KindName, IReadOnlyList<TimelineEntry> Entries, double? MedianIntervalDays);

public sealed record PillarRow(int Number, string Title, IReadOnlyList<Label> Areas);

public sealed record StrategyRow(Guid Id, string Name, PartialDate? Adopted, PartialDate? PeriodFrom, PartialDate? PeriodTo, Guid? AdoptedAtMeetingId, IReadOnlyList<PillarRow> Pillars);

public sealed record MechanismView(
    MechanismRef Mechanism,
    string? Notes,
    IReadOnlyList<MemberRow> Members,
    IReadOnlyList<ChairRow> Chairs,
    IReadOnlyList<TimelineSeries> Timeline,
    IReadOnlyList<StrategyRow> Strategies,
    IReadOnlyList<CommitmentRow> Commitments,
    ComplianceSummary Compliance);

/// <summary>The mechanism page: members, chairs, the meeting timeline per kind, strategies and commitments.</summary>
public sealed class MechanismQueries(IConcordiaDb db, TimeProvider clock, PortalVocabulary vocabulary)
{
    public async Task<Result<MechanismView>> GetAsync(string id, CancellationToken ct = default)
    {
        var mechanism = await db.Mechanisms.AsNoTracking().Include(m => m.Memberships)
            .FirstOrDefaultAsync(m => m.Id == id, ct);
        if (mechanism is null) return Result<MechanismView>.Fail("mechanism.not-found", $"There is no mechanism '{id}'", "id");

        var today = clock.Today();
        var lookups = await vocabulary.GetAsync(db, ct);
        var chairs = await db.ChairTerms.AsNoTracking().Where(c => c.MechanismId == id).ToListAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.MechanismId == id).ToListAsync(ct);
        var people = await PeopleOfAsync(meetings, ct);
        var strategies = await db.Strategies.AsNoTracking().Where(s => s.MechanismId == id).ToListAsync(ct);
        var commitments = await db.Commitments.AsNoTracking().Where(c => c.MechanismId == id).ToListAsync(ct);
        var byId = meetings.ToDictionary(m => m.Id);
        var rows = commitments.Select(c => lookups.Commitment(c, byId, today))
            .OrderBy(r => r.Deadline?.Start ?? DateOnly.MaxValue).ThenBy(r => r.Action, StringComparer.Ordinal).ToList();

        return new MechanismView(
            lookups.Mechanism(id)!,
            mechanism.Notes,
            mechanism.Memberships.OrderBy(m => m.Country.Value, StringComparer.Ordinal)
                .Select(m => new MemberRow(lookups.Country(m.Country), m.Kind, m.From, m.To, m.IsActiveOn(today))).ToList(),
            chairs.OrderByDescending(c => c.From)
                .Select(c => new ChairRow(lookups.Country(c.Country), c.From, c.To, c.Basis)).ToList(),
            Timeline(id, meetings, people, lookups),
            strategies.OrderBy(s => s.PeriodFrom).Select(lookups.Strategy).ToList(),
            rows,
            ComplianceSummary.Of(rows));
    }

    private static List<TimelineSeries> Timeline(string id, List<Meeting> meetings, Dictionary<Guid, Person> people, PortalLookups lookups) =>
        MeetingSeries.Build(id, meetings).Select(s => new TimelineSeries(
            s.Kind,
            lookups.KindName(s.Kind),
            s.Entries.Select(e => new TimelineEntry(
                lookups.Meeting(e.Meeting),
                e.Meeting.CoChairIds.Where(people.ContainsKey).Select(p => new PersonRef(p, people[p].Name)).ToList(),
                e.DaysSincePrevious,
                e.ResumedAfterYears)).ToList(),
            s.MedianIntervalDays)).ToList();

    private async Task<Dictionary<Guid, Person>> PeopleOfAsync(List<Meeting> meetings, CancellationToken ct)
    {
        var ids = meetings.SelectMany(m => m.CoChairIds).Distinct().ToList();
        return ids.Count == 0 ? [] : await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
    }
}
