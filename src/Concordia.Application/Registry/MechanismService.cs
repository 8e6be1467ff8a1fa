using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Registry;

/// <summary>A mechanism as given by a caller; <see cref="Id"/> is its slug ("mekong-japan") and is fixed once created.</summary>
public sealed record MechanismInput(string? Id, string? Name, string? ShortName, string? Notes = null);

/// <summary>Mechanisms a country is a member of (now or ever), and a text found in the id, name or short name.</summary>
public sealed record MechanismFilter(string? Country = null, string? Q = null);

/// <summary>Lists, reads and changes mechanisms, each with its memberships and chair terms.</summary>
public sealed class MechanismService(IConcordiaDb db)
{
    public async Task<Result<Page<Mechanism>>> ListAsync(MechanismFilter filter, PageRequest page, CancellationToken ct)
    {
        var v = new Validator();
        var country = Fields.Country(v, filter.Country, "country");
        if (!v.IsValid) return v.Failure<Page<Mechanism>>();
        var query = WithParts().AsNoTracking();
        if (country is { } c) query = query.Where(m => m.Memberships.Any(x => x.Country == c));
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim().ToLowerInvariant();
            query = query.Where(m => m.Id.Contains(q) || m.Name.ToLower().Contains(q) || m.ShortName.ToLower().Contains(q));
        }

        return await query.OrderBy(m => m.Id).ToPageAsync(page, ct);
    }

    public async Task<Result<Mechanism>> GetAsync(string id, CancellationToken ct) =>
        await WithParts().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) is { } found
            ? found
            : Writes.NotFound<Mechanism>("mechanism", id);

    /// <summary>The mechanism's meetings as one series per kind, with intervals and "resumed after N years" markers.</summary>
    public async Task<Result<IReadOnlyList<MeetingSeries>>> SeriesAsync(string id, CancellationToken ct)
    {
        if (!await db.Mechanisms.AnyAsync(m => m.Id == id, ct)) return Writes.NotFound<IReadOnlyList<MeetingSeries>>("mechanism", id);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.MechanismId == id).ToListAsync(ct);
        return Result<IReadOnlyList<MeetingSeries>>.Ok(MeetingSeries.Build(id, meetings));
    }

    public async Task<Result<Mechanism>> CreateAsync(MechanismInput input, CancellationToken ct)
    {
        var created = Mechanism.Create(input.Id?.Trim(), input.Name, input.ShortName, input.Notes);
        if (!created.IsSuccess) return created;
        if (await db.Mechanisms.AnyAsync(m => m.Id == created.Value.Id, ct))
            return Result<Mechanism>.Fail("mechanism.id.conflict", $"a mechanism '{created.Value.Id}' already exists", "id");
        db.Mechanisms.Add(created.Value);
        return await Writes.SaveAsync(db, created.Value, ct);
    }

    public async Task<Result<Mechanism>> UpdateAsync(string id, MechanismInput input, IReadOnlyList<long>? expectedVersions, CancellationToken ct)
    {
        var mechanism = await WithParts().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (mechanism is null) return Writes.NotFound<Mechanism>("mechanism", id);
        if (Writes.CheckVersion(mechanism, expectedVersions, $"mechanism '{id}'") is { } stale) return Result<Mechanism>.Fail(stale);
        if (input.Id is { Length: > 0 } given && given.Trim() != id)
            return Result<Mechanism>.Fail("mechanism.id.fixed", $"the id of '{id}' cannot change", "id");
        var updated = mechanism.Update(input.Name, input.ShortName, input.Notes);
        return updated.IsSuccess ? await Writes.SaveAsync(db, mechanism, ct) : updated;
    }

    /// <summary>Deletes a mechanism with its memberships and chair terms, unless meetings, strategies, commitments or funds refer to it.</summary>
    public async Task<Result<Deleted>> DeleteAsync(string id, IReadOnlyList<long>? expectedVersions, CancellationToken ct)
    {
        var mechanism = await WithParts().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (mechanism is null) return Writes.NotFound<Deleted>("mechanism", id);
        if (Writes.CheckVersion(mechanism, expectedVersions, $"mechanism '{id}'") is { } stale) return Result<Deleted>.Fail(stale);
        var inUse = await db.Meetings.AnyAsync(m => m.MechanismId == id, ct) || await db.Strategies.AnyAsync(s => s.MechanismId == id, ct)
                    || await db.Commitments.AnyAsync(c => c.MechanismId == id, ct) || await db.Funds.AnyAsync(f => f.MechanismId == id, ct);
        if (inUse) return Writes.InUse<Deleted>("mechanism", $"meetings, strategies, commitments or funds refer to '{id}'; delete them first");
        db.Mechanisms.Remove(mechanism);
        return await Writes.SaveAsync(db, new Deleted(), ct);
    }

    private IQueryable<Mechanism> WithParts() => db.Mechanisms.Include(m => m.Memberships).Include(m => m.ChairTerms);
}
