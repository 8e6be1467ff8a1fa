using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Registry;

/// <summary>
/// An undertaking as given by a caller: kind is "agreed", "pledged", "proposed" or "approved"; parties are country
/// codes (empty for all members); <see cref="MadeOn"/> (YYYY-MM-DD, default today) dates the first status.
/// </summary>
public sealed record CommitmentInput(
    string? Action,
    string? Kind,
    string? MechanismId = null,
    Guid? MeetingId = null,
    IReadOnlyList<string>? Parties = null,
    string? PriorityArea = null,
    string? Deadline = null,
    MoneyInput? Target = null,
    string? MadeOn = null);

public sealed record CommitmentFilter(
    string? Mechanism = null, Guid? Meeting = null, string? Status = null, string? PriorityArea = null, string? Party = null);

/// <summary>Records and edits commitments. Their status moves only through the follow-up use cases, not here.</summary>
public sealed class CommitmentService(IConcordiaDb db, TimeProvider clock)
{
    public async Task<Result<Page<Commitment>>> ListAsync(CommitmentFilter filter, PageRequest page, CancellationToken ct)
    {
        var v = new Validator();
        CommitmentStatus? status = string.IsNullOrWhiteSpace(filter.Status) ? null : Fields.Enum(v, filter.Status, "status", CommitmentStatus.Agreed);
        var party = Fields.Country(v, filter.Party, "party");
        if (!v.IsValid) return v.Failure<Page<Commitment>>();
        var query = db.Commitments.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Mechanism)) query = query.Where(c => c.MechanismId == filter.Mechanism);
        if (filter.Meeting is { } meeting) query = query.Where(c => c.MeetingId == meeting);
        if (status is { } s) query = query.Where(c => c.Status == s);
        if (!string.IsNullOrWhiteSpace(filter.PriorityArea)) query = query.Where(c => c.PriorityArea == filter.PriorityArea);
        var ordered = query.OrderBy(c => c.MechanismId).ThenBy(c => c.Id);
        if (party is not { } p) return await ordered.ToPageAsync(page, ct);

        // Parties are stored as one column per commitment; a joint undertaking (no parties) binds every member.
        var all = await ordered.ToListAsync(ct);
        return all.Where(c => c.Parties.Count == 0 || c.Parties.Contains(p)).ToList().ToPage(page);
    }

    public async Task<Result<Commitment>> GetAsync(Guid id, CancellationToken ct) =>
        await db.Commitments.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } found
            ? found
            : Writes.NotFound<Commitment>("commitment", id);

    public async Task<Result<Commitment>> CreateAsync(CommitmentInput input, CancellationToken ct)
    {
        var v = new Validator();
        var details = await ReadAsync(v, input, ct);
        var madeOn = Fields.Date(v, input.MadeOn, "madeOn");
        v.Require(madeOn is null or { Precision: DatePrecision.Day }, "madeOn", "date.day-required", "madeOn is a full date (YYYY-MM-DD)");
        if (!v.IsValid) return v.Failure<Commitment>();
        var day = madeOn?.Start ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var created = Commitment.Create(details!, day);
        if (!created.IsSuccess) return created;
        db.Commitments.Add(created.Value);
        return await Writes.SaveAsync(db, created.Value, ct);
    }

    /// <summary>Changes what the undertaking says; its status and history stay as they are.</summary>
    public async Task<Result<Commitment>> UpdateAsync(Guid id, CommitmentInput input, IReadOnlyList<long>? expectedVersions, CancellationToken ct)
    {
        var commitment = await db.Commitments.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (commitment is null) return Writes.NotFound<Commitment>("commitment", id);
        if (Writes.CheckVersion(commitment, expectedVersions, "the commitment") is { } stale) return Result<Commitment>.Fail(stale);
        var v = new Validator();
        var details = await ReadAsync(v, input, ct);
        if (!v.IsValid) return v.Failure<Commitment>();
        var updated = commitment.Update(details!);
        return updated.IsSuccess ? await Writes.SaveAsync(db, commitment, ct) : updated;
    }

    public async Task<Result<Deleted>> DeleteAsync(Guid id, IReadOnlyList<long>? expectedVersions, CancellationToken ct)
    {
        var commitment = await db.Commitments.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (commitment is null) return Writes.NotFound<Deleted>("commitment", id);
        if (Writes.CheckVersion(commitment, expectedVersions, "the commitment") is { } stale) return Result<Deleted>.Fail(stale);
        db.Commitments.Remove(commitment);
        return await Writes.SaveAsync(db, new Deleted(), ct);
    }

    /// <summary>Parses the input and checks its references; returns null when <paramref name="v"/> collected errors.</summary>
    private async Task<CommitmentDetails?> ReadAsync(Validator v, CommitmentInput input, CancellationToken ct)
    {
        var kind = Fields.RequiredEnum<CommitmentKind>(v, input.Kind, "kind");
        var parties = (input.Parties ?? []).Select((p, i) => Fields.RequiredCountry(v, p, $"parties[{i}]")).ToList();
        var deadline = Fields.Date(v, input.Deadline, "deadline");
        var target = Fields.Money(v, input.Target, "target");
        var mechanismId = string.IsNullOrWhiteSpace(input.MechanismId) ? null : input.MechanismId.Trim();
        var refs = new References(db, v);
        await refs.MechanismAsync(mechanismId, "mechanismId", ct);
        await refs.MeetingAsync(input.MeetingId, "meetingId", ct);
        await refs.PriorityAreaAsync(input.PriorityArea, "priorityArea", ct);
        for (var i = 0; i < parties.Count && v.IsValid; i++) await refs.CountryAsync(parties[i], $"parties[{i}]", ct);
        return v.IsValid ? new CommitmentDetails(input.Action, kind, mechanismId, input.MeetingId, parties, input.PriorityArea, deadline, target) : null;
    }
}
