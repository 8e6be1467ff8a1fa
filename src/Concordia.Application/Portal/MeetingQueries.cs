using Concordia.Application.Abstractions;
using Concordia.Application.FollowUp;
using Concordia.Application.Registry;
using Concordia.Domain;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Portal;

public sealed record DelegationRow(CountryRef Country, PersonRef Head, PersonRef? OnBehalfOf);

/// <summary>A document of the meeting (an outcome of it, or a report), with the number of its passages cited as sources.</summary>
public sealed record SourceRow(DocumentRef Document, int Passages);

public sealed record MeetingView(
    MeetingRef Meeting,
    IReadOnlyList<PersonRef> CoChairs,
    MeetingRef? Within,
    IReadOnlyList<MeetingRef> HeldWithin,
    IReadOnlyList<DelegationRow> Delegations,
    IReadOnlyList<CommitmentRow> Commitments,
    IReadOnlyList<StrategyRow> StrategiesAdopted,
    IReadOnlyList<SourceRow> Outcomes,
    IReadOnlyList<SourceRow> Reports);

/// <summary>The meeting page: when, where, who chaired and attended, what was agreed, what it issued, and which documents report it.</summary>
public sealed class MeetingQueries(IConcordiaDb db, TimeProvider clock, PortalVocabulary vocabulary)
{
    public async Task<Result<MeetingView>> GetAsync(Guid id, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return Result<MeetingView>.Fail("meeting.not-found", $"There is no meeting {id}", "id");

        var today = clock.Today();
        var lookups = await vocabulary.GetAsync(db, ct);
        var within = meeting.WithinMeetingId is { } wid ? await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == wid, ct) : null;
        var children = await db.Meetings.AsNoTracking().Where(m => m.WithinMeetingId == id).ToListAsync(ct);
        var delegations = await db.Delegations.AsNoTracking().Where(d => d.MeetingId == id).ToListAsync(ct);
        var personIds = meeting.CoChairIds.Concat(delegations.Select(d => d.HeadPersonId))
            .Concat(delegations.Where(d => d.OnBehalfOfPersonId != null).Select(d => d.OnBehalfOfPersonId!.Value)).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => new PersonRef(p.Id, p.Name), ct);
        var commitments = await db.Commitments.AsNoTracking().Where(c => c.MeetingId == id).ToListAsync(ct);
        var strategies = await db.Strategies.AsNoTracking().Where(s => s.AdoptedAtMeetingId == id).ToListAsync(ct);
        var self = new Dictionary<Guid, Meeting> { [id] = meeting };
        var documents = await MeetingDocumentService.ReadAsync(db, id, ct);

        return new MeetingView(
            lookups.Meeting(meeting),
            meeting.CoChairIds.Where(people.ContainsKey).Select(p => people[p]).ToList(),
            within is null ? null : lookups.Meeting(within),
            children.OrderBy(m => m.Start).Select(lookups.Meeting).ToList(),
            delegations.OrderBy(d => d.Country.Value, StringComparer.Ordinal)
                .Select(d => new DelegationRow(lookups.Country(d.Country), people[d.HeadPersonId],
                    d.OnBehalfOfPersonId is { } b ? people[b] : null)).ToList(),
            commitments.Select(c => lookups.Commitment(c, self, today)).ToList(),
            strategies.Select(lookups.Strategy).ToList(),
            Rows(documents, DocumentRole.Outcome),
            Rows(documents, DocumentRole.Report));
    }

    private static List<SourceRow> Rows(List<MeetingDocument> documents, DocumentRole role) =>
        documents.Where(d => d.Role == role)
            .Select(d => new SourceRow(new DocumentRef(d.DocumentId, d.Title, d.Language, d.Published, d.Origin), d.Passages)).ToList();
}
