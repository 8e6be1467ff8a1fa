using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Registry;

/// <summary>
/// A meeting as given by a caller. Dates are ISO prefixes ("2025", "2025-07", "2025-07-10"); kind and status are
/// slugs ("foreign-ministers", "held"); co-chairs are person ids in order.
/// </summary>
public sealed record MeetingInput(
    string? MechanismId,
    string? Kind,
    int? Ordinal,
    string? Start,
    string? End = null,
    string? City = null,
    string? Country = null,
    Guid? WithinMeetingId = null,
    string? Status = null,
    string? Title = null,
    IReadOnlyList<Guid>? CoChairIds = null);

/// <summary>Meetings of a mechanism, kind, status or host country, starting within [From, To] (ISO date prefixes).</summary>
public sealed record MeetingFilter(
    string? Mechanism = null, string? Kind = null, string? Status = null, string? Country = null, string? From = null, string? To = null);

/// <summary>Lists, reads and changes meetings, keeping each series' ordinals unique and in date order.</summary>
public sealed class MeetingService(IConcordiaDb db)
{
    public async Task<Result<Page<Meeting>>> ListAsync(MeetingFilter filter, PageRequest page, CancellationToken ct)
    {
        var v = new Validator();
        MeetingKind? kind = string.IsNullOrWhiteSpace(filter.Kind) ? null : Fields.Enum(v, filter.Kind, "kind", MeetingKind.Other);
        MeetingStatus? status = string.IsNullOrWhiteSpace(filter.Status) ? null : Fields.Enum(v, filter.Status, "status", MeetingStatus.Held);
        var country = Fields.Country(v, filter.Country, "country");
        var (from, to) = (Fields.Date(v, filter.From, "from"), Fields.Date(v, filter.To, "to"));
        if (!v.IsValid) return v.Failure<Page<Meeting>>();

        var query = db.Meetings.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Mechanism)) query = query.Where(m => m.MechanismId == filter.Mechanism);
        if (kind is { } k) query = query.Where(m => m.Kind == k);
        if (status is { } s) query = query.Where(m => m.Status == s);
        if (country is { } c) query = query.Where(m => m.Country == c);
        var ordered = query.OrderBy(m => m.Start == null).ThenBy(m => m.Start).ThenBy(m => m.Ordinal).ThenBy(m => m.Id);
        if (from is null && to is null) return await ordered.ToPageAsync(page, ct);

        // Partial dates are compared by the periods they cover, which SQL on their stored text cannot do.
        var all = await ordered.ToListAsync(ct);
        return all.Where(m => StartsWithin(m, from?.Start, to?.End)).ToList().ToPage(page);
    }

    public async Task<Result<Meeting>> GetAsync(Guid id, CancellationToken ct) =>
        await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) is { } found
            ? found
            : Writes.NotFound<Meeting>("meeting", id);

    public async Task<Result<Meeting>> CreateAsync(MeetingInput input, CancellationToken ct)
    {
        var details = await ReadAsync(input, null, ct);
        if (!details.IsSuccess) return Result<Meeting>.Fail(details.Errors);
        var created = Meeting.Create(details.Value);
        if (!created.IsSuccess) return created;
        var checkedMeeting = await CheckAsync(created.Value, input.CoChairIds ?? [], ct);
        if (!checkedMeeting.IsSuccess) return checkedMeeting;
        db.Meetings.Add(created.Value);
        return await Writes.SaveAsync(db, created.Value, ct, c => SeriesErrorsAsync(created.Value, c));
    }

    /// <summary>Replaces what the meeting is; leaving out co-chairs clears them, as PUT replaces the whole record.</summary>
    public async Task<Result<Meeting>> UpdateAsync(Guid id, MeetingInput input, IReadOnlyList<long>? expectedVersions, CancellationToken ct)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return Writes.NotFound<Meeting>("meeting", id);
        if (Writes.CheckVersion(meeting, expectedVersions, "the meeting") is { } stale) return Result<Meeting>.Fail(stale);
        var details = await ReadAsync(input, id, ct);
        if (!details.IsSuccess) return Result<Meeting>.Fail(details.Errors);
        var updated = meeting.Update(details.Value);
        if (!updated.IsSuccess) return updated;
        var checkedMeeting = await CheckAsync(meeting, input.CoChairIds ?? [], ct);
        return checkedMeeting.IsSuccess ? await Writes.SaveAsync(db, meeting, ct, c => SeriesErrorsAsync(meeting, c)) : checkedMeeting;
    }

    /// <summary>Deletes a meeting and its delegations, unless commitments, strategies or other meetings refer to it.</summary>
    public async Task<Result<Deleted>> DeleteAsync(Guid id, IReadOnlyList<long>? expectedVersions, CancellationToken ct)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return Writes.NotFound<Deleted>("meeting", id);
        if (Writes.CheckVersion(meeting, expectedVersions, "the meeting") is { } stale) return Result<Deleted>.Fail(stale);
        var inUse = await db.Commitments.AnyAsync(c => c.MeetingId == id, ct) || await db.Strategies.AnyAsync(s => s.AdoptedAtMeetingId == id, ct)
                    || await db.Meetings.AnyAsync(m => m.WithinMeetingId == id, ct);
        if (inUse) return Writes.InUse<Deleted>("meeting", "commitments, strategies or meetings held within it refer to this meeting");
        db.Meetings.Remove(meeting);
        return await Writes.SaveAsync(db, new Deleted(), ct);
    }

    private async Task<Result<MeetingDetails>> ReadAsync(MeetingInput input, Guid? selfId, CancellationToken ct)
    {
        var v = new Validator();
        if (input.MechanismId is not null) Fields.RequireSlug(v, input.MechanismId, "mechanismId");
        var kind = Fields.RequiredEnum<MeetingKind>(v, input.Kind, "kind");
        var status = Fields.Enum(v, input.Status, "status", MeetingStatus.Held);
        var (start, end) = (Fields.Date(v, input.Start, "start"), Fields.Date(v, input.End, "end"));
        var country = Fields.Country(v, input.Country, "country");
        var refs = new References(db, v);
        await refs.MechanismAsync(input.MechanismId?.Trim(), "mechanismId", ct);
        await refs.CountryAsync(country, "country", ct);
        if (input.WithinMeetingId != selfId) await refs.MeetingAsync(input.WithinMeetingId, "withinMeetingId", ct);
        return v.Then(() => new MeetingDetails(input.MechanismId?.Trim(), kind, input.Ordinal, start, end, input.City, country,
            input.WithinMeetingId, status, input.Title));
    }

    /// <summary>Applies the rules that need other records: the series' ordinals, and co-chairs being known people.</summary>
    private async Task<Result<Meeting>> CheckAsync(Meeting meeting, IReadOnlyList<Guid> coChairIds, CancellationToken ct)
    {
        var errors = await SeriesErrorsAsync(meeting, ct);
        if (errors.Count > 0) return Result<Meeting>.Fail(errors);
        if (coChairIds.SequenceEqual(meeting.CoChairIds)) return meeting;
        var ids = coChairIds.Distinct().ToList();
        var known = (await db.People.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        return meeting.SetCoChairs(coChairIds, known.Contains);
    }

    private async Task<IReadOnlyList<Error>> SeriesErrorsAsync(Meeting meeting, CancellationToken ct)
    {
        if (meeting.MechanismId is null || meeting.Ordinal is null) return [];
        var series = await db.Meetings.AsNoTracking()
            .Where(m => m.MechanismId == meeting.MechanismId && m.Kind == meeting.Kind && m.Ordinal != null && m.Id != meeting.Id)
            .ToListAsync(ct);
        return MeetingRules.CheckSeries(meeting, series);
    }

    private static bool StartsWithin(Meeting m, DateOnly? from, DateOnly? to) =>
        m.Start is { HasYear: true } s && (from is null || s.End >= from) && (to is null || s.Start <= to);
}
