using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Registry;

/// <summary>A country's membership of a mechanism; only the period can change once it is recorded.</summary>
public sealed record MembershipInput(string? MechanismId, string? Country, string? From, string? To, string? Kind);

public sealed record MembershipFilter(string? Mechanism = null, string? Country = null, string? Kind = null);

/// <summary>
/// Memberships are part of their mechanism: the mechanism refuses overlapping periods of one country, and each change
/// of a membership raises the mechanism's version (its representation lists the members).
/// </summary>
public sealed class MembershipService(IConcordiaDb db)
{
    public async Task<Result<Page<Membership>>> ListAsync(MembershipFilter filter, PageRequest page, CancellationToken ct)
    {
        var v = new Validator();
        var country = Fields.Country(v, filter.Country, "country");
        var kind = string.IsNullOrWhiteSpace(filter.Kind) ? (MembershipKind?)null : Fields.Enum(v, filter.Kind, "kind", MembershipKind.Member);
        if (!v.IsValid) return v.Failure<Page<Membership>>();
        var query = db.Memberships.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Mechanism)) query = query.Where(m => m.MechanismId == filter.Mechanism);
        if (country is { } c) query = query.Where(m => m.Country == c);
        if (kind is { } k) query = query.Where(m => m.Kind == k);
        return await query.OrderBy(m => m.MechanismId).ThenBy(m => m.Id).ToPageAsync(page, ct);
    }

    public async Task<Result<Membership>> GetAsync(Guid id, CancellationToken ct) =>
        await db.Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) is { } found
            ? found
            : Writes.NotFound<Membership>("membership", id);

    public async Task<Result<Membership>> CreateAsync(MembershipInput input, CancellationToken ct)
    {
        var v = new Validator();
        Fields.RequireSlug(v, input.MechanismId, "mechanismId");
        var country = Fields.RequiredCountry(v, input.Country, "country");
        var (from, to) = (Fields.Date(v, input.From, "from"), Fields.Date(v, input.To, "to"));
        var kind = Fields.Enum(v, input.Kind, "kind", MembershipKind.Member);
        var refs = new References(db, v);
        await refs.MechanismAsync(input.MechanismId, "mechanismId", ct);
        if (v.IsValid) await refs.CountryAsync(country, "country", ct);
        if (!v.IsValid) return v.Failure<Membership>();

        var mechanism = await db.Mechanisms.Include(m => m.Memberships).FirstAsync(m => m.Id == input.MechanismId, ct);
        var added = mechanism.AddMembership(country, from, to, kind);
        if (!added.IsSuccess) return added;
        db.Memberships.Add(added.Value);
        Writes.Touch(db, mechanism);
        return await Writes.SaveAsync(db, added.Value, ct);
    }

    /// <summary>Changes the period; the mechanism, country and kind given must be the recorded ones (or left out).</summary>
    public async Task<Result<Membership>> UpdateAsync(Guid id, MembershipInput input, IReadOnlyList<long>? expectedVersions, CancellationToken ct)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (membership is null) return Writes.NotFound<Membership>("membership", id);
        if (Writes.CheckVersion(membership, expectedVersions, "the membership") is { } stale) return Result<Membership>.Fail(stale);
        var v = new Validator();
        var (from, to) = (Fields.Date(v, input.From, "from"), Fields.Date(v, input.To, "to"));
        RequireUnchanged(v, membership, input);
        if (!v.IsValid) return v.Failure<Membership>();
        var siblings = await db.Memberships.Where(m => m.MechanismId == membership.MechanismId && m.Country == membership.Country)
            .ToListAsync(ct);
        var changed = membership.ChangePeriod(from, to, siblings);
        if (!changed.IsSuccess) return changed;
        Writes.Touch(db, await db.Mechanisms.FirstAsync(m => m.Id == membership.MechanismId, ct));
        return await Writes.SaveAsync(db, membership, ct);
    }

    public async Task<Result<Deleted>> DeleteAsync(Guid id, IReadOnlyList<long>? expectedVersions, CancellationToken ct)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (membership is null) return Writes.NotFound<Deleted>("membership", id);
        if (Writes.CheckVersion(membership, expectedVersions, "the membership") is { } stale) return Result<Deleted>.Fail(stale);
        db.Memberships.Remove(membership);
        Writes.Touch(db, await db.Mechanisms.FirstAsync(m => m.Id == membership.MechanismId, ct));
        return await Writes.SaveAsync(db, new Deleted(), ct);
    }

    private static void RequireUnchanged(Validator v, Membership m, MembershipInput input)
    {
        const string Message = "cannot change; delete the membership and record another";
        v.Require(string.IsNullOrWhiteSpace(input.MechanismId) || input.MechanismId.Trim() == m.MechanismId,
            "mechanismId", "membership.fixed", $"the mechanism {Message}");
        v.Require(string.IsNullOrWhiteSpace(input.Country) || string.Equals(input.Country.Trim(), m.Country.Value, StringComparison.OrdinalIgnoreCase),
            "country", "membership.fixed", $"the country {Message}");
        var kind = Fields.Enum(new Validator(), input.Kind, "kind", m.Kind);
        v.Require(kind == m.Kind, "kind", "membership.fixed", $"the kind {Message}");
    }
}
