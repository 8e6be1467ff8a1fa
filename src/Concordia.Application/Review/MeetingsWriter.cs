using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Review;

/// <summary>
/// Turns meeting claims into meetings. The same meeting reported twice is found by mechanism + kind + ordinal, or
/// mechanism + kind + date (a day, or for a known mechanism the same month or year), or (with neither) by a single meeting of that mechanism and kind in the same city;
/// what the new report adds (a date, a city, co-chairs) fills the gaps of the stored meeting.
/// </summary>
internal sealed class MeetingsWriter(IConcordiaDb db, PeopleWriter people)
{
    public async Task<Meeting?> FindAsync(MeetingKey key, PartialDate? date, string? city, CancellationToken ct)
    {
        var mechanism = await KnownMechanismAsync(key.Mechanism, ct);
        var candidates = db.Meetings.Local.Where(m => m.MechanismId == mechanism && m.Kind == key.Kind)
            .Concat(await db.Meetings.Where(m => m.MechanismId == mechanism && m.Kind == key.Kind).ToListAsync(ct))
            .Distinct().ToList();
        if (key.Ordinal is { } n && candidates.FirstOrDefault(m => m.Ordinal == n) is { } byOrdinal) return byOrdinal;
        var unnumbered = key.Ordinal is null ? candidates : candidates.Where(m => m.Ordinal is null).ToList();
        if (date is { Precision: DatePrecision.Day, HasYear: true } d && unnumbered.FirstOrDefault(m => m.Start == d) is { } byDate) return byDate;
        // A mechanism's unnumbered meeting of one kind planned for the same month or year ("the Summit by the end of
        // 2025") is one event however many reports announce it; without a mechanism such a period is too vague.
        if (mechanism is not null && date is { HasYear: true } period && unnumbered.FirstOrDefault(m => m.Start == period) is { } samePeriod)
            return samePeriod;
        if (key.Ordinal is null && date is null && city is not null)
        {
            var sameCity = unnumbered.Where(m => string.Equals(m.City, city, StringComparison.OrdinalIgnoreCase)).ToList();
            if (sameCity.Count == 1) return sameCity[0];
        }

        return null;
    }

    /// <summary>Creates the meeting or completes <paramref name="target"/> (a match or the record a reviewer chose).</summary>
    public async Task<Result<Meeting>> ApplyAsync(MeetingClaim claim, Meeting? target, CancellationToken ct)
    {
        var mechanism = await KnownMechanismAsync(claim.Key.Mechanism, ct);
        Guid? within = null;
        if (claim.Within is { } w)
        {
            var parent = await FindAsync(w, null, null, ct) ?? await CreateAsync(w, ct);
            if (parent is not null && parent.Id != target?.Id) within = parent.Id;
        }

        Result<Meeting> saved;
        if (target is null)
        {
            saved = Meeting.Create(new MeetingDetails(mechanism, claim.Key.Kind, claim.Key.Ordinal, claim.Date is { HasYear: true } ? claim.Date : null, City: claim.City, WithinMeetingId: within));
            if (saved.IsSuccess) db.Meetings.Add(saved.Value);
        }
        else
        {
            saved = target.Update(new MeetingDetails(target.MechanismId ?? mechanism, target.Kind, target.Ordinal ?? claim.Key.Ordinal,
                Better(target.Start, claim.Date), target.End, target.City ?? claim.City, target.Country, target.WithinMeetingId ?? within,
                target.Status, target.Title));
        }

        return saved.IsSuccess ? await AddCoChairsAsync(saved.Value, claim.CoChairs, ct) : saved;
    }

    private async Task<Result<Meeting>> AddCoChairsAsync(Meeting meeting, IReadOnlyList<string> names, CancellationToken ct)
    {
        var ids = meeting.CoChairIds.ToList();
        foreach (var name in names)
        {
            var person = await people.FindOrCreateAsync(name, null, ct);
            if (!person.IsSuccess) return Result<Meeting>.Fail(person.Errors);
            if (!ids.Contains(person.Value.Id)) ids.Add(person.Value.Id);
        }

        return ids.Count == meeting.CoChairIds.Count ? meeting : meeting.SetCoChairs(ids, _ => true);
    }

    private async Task<Meeting?> CreateAsync(MeetingKey key, CancellationToken ct)
    {
        var created = Meeting.Create(new MeetingDetails(await KnownMechanismAsync(key.Mechanism, ct), key.Kind, key.Ordinal, null));
        if (!created.IsSuccess) return null;
        db.Meetings.Add(created.Value);
        return created.Value;
    }

    /// <summary>A mechanism id the registry knows, or null: an unknown slug cannot be referenced.</summary>
    private async Task<string?> KnownMechanismAsync(string? id, CancellationToken ct) =>
        id is not null && (db.Mechanisms.Local.Any(m => m.Id == id) || await db.Mechanisms.AnyAsync(m => m.Id == id, ct)) ? id : null;

    /// <summary>The more precise of two dates when they agree (2025-07 then 2025-07-10), else the stored one.</summary>
    private static PartialDate? Better(PartialDate? stored, PartialDate? reported)
    {
        if (stored is not { } s) return reported is { HasYear: true } ? reported : null;
        if (reported is not { HasYear: true } r || r.Precision <= s.Precision) return s;
        return r.Start >= s.Start && r.End <= s.End ? r : s;
    }
}
