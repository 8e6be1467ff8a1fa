using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Registry;

/// <summary>A pillar of a strategy and the priority-area codes it covers ("digital-transformation").</summary>
public sealed record PillarInput(string? Title, IReadOnlyList<string>? PriorityAreas = null);

/// <summary>
/// A strategy as given by a caller. The mechanism, the meeting that adopted it and the pillars are fixed at creation;
/// an update changes the name, the period and the adoption date.
/// </summary>
public sealed record StrategyInput(
    string? MechanismId,
    string? Name,
    string? PeriodFrom = null,
    string? PeriodTo = null,
    string? Adopted = null,
    Guid? AdoptedAtMeetingId = null,
    IReadOnlyList<PillarInput>? Pillars = null);

public sealed record StrategyFilter(string? Mechanism = null);

/// <summary>Lists, reads and changes adopted strategies and plans of mechanisms.</summary>
public sealed class StrategyService(IConcordiaDb db)
{
    public async Task<Result<Page<Strategy>>> ListAsync(StrategyFilter filter, PageRequest page, CancellationToken ct)
    {
        var query = db.Strategies.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Mechanism)) query = query.Where(s => s.MechanismId == filter.Mechanism);
        return await query.OrderBy(s => s.MechanismId).ThenBy(s => s.PeriodFrom).ThenBy(s => s.Id).ToPageAsync(page, ct);
    }

    public async Task<Result<Strategy>> GetAsync(Guid id, CancellationToken ct) =>
        await db.Strategies.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is { } found
            ? found
            : Writes.NotFound<Strategy>("strategy", id);

    public async Task<Result<Strategy>> CreateAsync(StrategyInput input, CancellationToken ct)
    {
        var v = new Validator();
        var (from, to, adopted) = ReadDates(v, input);
        var refs = new References(db, v);
        await refs.MechanismAsync(input.MechanismId, "mechanismId", ct);
        await refs.MeetingAsync(input.AdoptedAtMeetingId, "adoptedAtMeetingId", ct);
        var pillars = input.Pillars ?? [];
        for (var i = 0; i < pillars.Count; i++)
            foreach (var code in pillars[i].PriorityAreas ?? []) await refs.PriorityAreaAsync(code, $"pillars[{i}].priorityAreas", ct);
        var created = Strategy.Create(input.MechanismId?.Trim(), input.Name, from, to, adopted, input.AdoptedAtMeetingId);
        if (!created.IsSuccess) v.AddRange(created.Errors);
        if (!v.IsValid) return v.Failure<Strategy>();
        for (var i = 0; i < pillars.Count; i++)
        {
            var added = created.Value.AddPillar(pillars[i].Title, pillars[i].PriorityAreas);
            if (!added.IsSuccess) v.AddRange(added.Errors.Select(e => e.WithField($"pillars[{i}].{e.Field}")));
        }

        if (!v.IsValid) return v.Failure<Strategy>();
        db.Strategies.Add(created.Value);
        return await Writes.SaveAsync(db, created.Value, ct);
    }

    public async Task<Result<Strategy>> UpdateAsync(Guid id, StrategyInput input, IReadOnlyList<long>? expectedVersions, CancellationToken ct)
    {
        var strategy = await db.Strategies.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (strategy is null) return Writes.NotFound<Strategy>("strategy", id);
        if (Writes.CheckVersion(strategy, expectedVersions, "the strategy") is { } stale) return Result<Strategy>.Fail(stale);
        var v = new Validator();
        var (from, to, adopted) = ReadDates(v, input);
        v.Require(string.IsNullOrWhiteSpace(input.MechanismId) || input.MechanismId.Trim() == strategy.MechanismId,
                "mechanismId", "strategy.mechanism.fixed", "a strategy's mechanism cannot change")
            .Require(input.AdoptedAtMeetingId is null || input.AdoptedAtMeetingId == strategy.AdoptedAtMeetingId,
                "adoptedAtMeetingId", "strategy.meeting.fixed", "the meeting that adopted a strategy cannot change")
            .Require(input.Pillars is null || SamePillars(input.Pillars, strategy.Pillars),
                "pillars", "strategy.pillars.fixed", "a strategy's pillars are fixed once it is recorded");
        if (!v.IsValid) return v.Failure<Strategy>();
        var updated = strategy.Update(input.Name, from, to, adopted);
        return updated.IsSuccess ? await Writes.SaveAsync(db, strategy, ct) : updated;
    }

    public async Task<Result<Deleted>> DeleteAsync(Guid id, IReadOnlyList<long>? expectedVersions, CancellationToken ct)
    {
        var strategy = await db.Strategies.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (strategy is null) return Writes.NotFound<Deleted>("strategy", id);
        if (Writes.CheckVersion(strategy, expectedVersions, "the strategy") is { } stale) return Result<Deleted>.Fail(stale);
        db.Strategies.Remove(strategy);
        return await Writes.SaveAsync(db, new Deleted(), ct);
    }

    private static bool SamePillars(IReadOnlyList<PillarInput> given, IReadOnlyList<Pillar> stored) =>
        given.Count == stored.Count && given.Zip(stored).All(p =>
            p.First.Title?.Trim() == p.Second.Title && (p.First.PriorityAreas ?? []).SequenceEqual(p.Second.PriorityAreas));

    private static (Domain.Values.PartialDate?, Domain.Values.PartialDate?, Domain.Values.PartialDate?) ReadDates(Validator v, StrategyInput input) =>
        (Fields.Date(v, input.PeriodFrom, "periodFrom"), Fields.Date(v, input.PeriodTo, "periodTo"), Fields.Date(v, input.Adopted, "adopted"));
}
