using Concordia.Application.Abstractions;
using Concordia.Application.FollowUp;
using Concordia.Domain;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Portal;

public sealed record RoleRow(string Title, string? Organisation, PartialDate? From, PartialDate? To);

public sealed record AttendanceRow(MeetingRef Meeting, CountryRef Country, PersonRef? OnBehalfOf);

public sealed record PersonView(
    PersonRef Person,
    CountryRef? Country,
    IReadOnlyList<RoleRow> Roles,
    IReadOnlyList<MeetingRef> MeetingsChaired,
    IReadOnlyList<AttendanceRow> DelegationsLed,
    IReadOnlyList<CommitmentRow> CommitmentsProposed,
    IReadOnlyList<CommitmentRow> CountryProposals);

/// <summary>
/// The person page: titles over time, meetings chaired, delegations led, the commitments recorded as proposed by them,
/// and, as an approximation for commitments with no proposer recorded, the proposals their country put forward at
/// meetings they chaired or attended.
/// </summary>
public sealed class PersonQueries(IConcordiaDb db, TimeProvider clock, PortalVocabulary vocabulary)
{
    public async Task<Result<PersonView>> GetAsync(Guid id, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return Result<PersonView>.Fail("person.not-found", $"There is no person {id}", "id");

        var today = clock.Today();
        var lookups = await vocabulary.GetAsync(db, ct);
        // Joined from the co-chair rows, so the database starts from its index on person rather than scanning meetings.
        var chairedIds = await db.Meetings.SelectMany(m => m.CoChairs, (m, c) => new { m.Id, c.PersonId })
            .Where(x => x.PersonId == id).Select(x => x.Id).ToListAsync(ct);
        var chaired = await db.Meetings.AsNoTracking().Where(m => chairedIds.Contains(m.Id)).ToListAsync(ct);
        var led = await db.Delegations.AsNoTracking().Where(d => d.HeadPersonId == id).ToListAsync(ct);
        var ledMeetingIds = led.Select(d => d.MeetingId).ToList();
        var attended = await db.Meetings.AsNoTracking().Where(m => ledMeetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var behalfIds = led.Where(d => d.OnBehalfOfPersonId != null).Select(d => d.OnBehalfOfPersonId!.Value).ToList();
        var behalf = await db.People.AsNoTracking().Where(p => behalfIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => new PersonRef(p.Id, p.Name), ct);

        var meetings = chaired.Concat(attended.Values).DistinctBy(m => m.Id).ToDictionary(m => m.Id);
        var byCountry = await ProposalsAsync(person, meetings.Keys.ToList(), ct);
        var proposed = await db.Commitments.AsNoTracking().Where(c => c.ProposerId == id).ToListAsync(ct);

        return new PersonView(
            new PersonRef(person.Id, person.Name),
            person.Country is { } c ? lookups.Country(c) : null,
            person.Roles.Select(r => new RoleRow(r.Title, r.Organisation, r.From, r.To)).ToList(),
            chaired.OrderBy(m => m.Start).Select(lookups.Meeting).ToList(),
            led.Select(d => new AttendanceRow(lookups.Meeting(attended[d.MeetingId]), lookups.Country(d.Country),
                    d.OnBehalfOfPersonId is { } b && behalf.TryGetValue(b, out var who) ? who : null))
                .OrderBy(a => a.Meeting.Start).ToList(),
            await lookups.CommitmentRowsAsync(db, proposed, today, ct),
            byCountry.Select(x => lookups.Commitment(x, meetings, today)).ToList());
    }

    private async Task<List<Commitment>> ProposalsAsync(Person person, List<Guid> meetingIds, CancellationToken ct)
    {
        if (meetingIds.Count == 0 || person.Country is not { } country) return [];
        var made = await db.Commitments.AsNoTracking()
            .Where(c => c.MeetingId != null && meetingIds.Contains(c.MeetingId.Value) && c.Kind == CommitmentKind.Proposed && c.ProposerId == null)
            .ToListAsync(ct);
        return made.Where(c => c.ProposerId is null && c.Parties.Contains(country)).ToList();
    }
}
