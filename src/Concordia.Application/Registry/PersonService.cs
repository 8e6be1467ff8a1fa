using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Registry;

/// <summary>A dated title: "Minister of Foreign Affairs" of "Viet Nam" from "2021-04".</summary>
public sealed record RoleInput(string? Title, string? Organisation = null, string? From = null, string? To = null);

/// <summary>A person as given by a caller; roles are recorded on creation and added later one by one.</summary>
public sealed record PersonInput(string? Name, string? Country, IReadOnlyList<RoleInput>? Roles = null);

/// <summary>People whose name contains every word of <see cref="Q"/>, with or without diacritics, of a country.</summary>
public sealed record PersonFilter(string? Q = null, string? Country = null);

/// <summary>Lists, reads and changes people and their roles.</summary>
public sealed class PersonService(IConcordiaDb db)
{
    public async Task<Result<Page<Person>>> ListAsync(PersonFilter filter, PageRequest page, CancellationToken ct)
    {
        var v = new Validator();
        var country = Fields.Country(v, filter.Country, "country");
        if (!v.IsValid) return v.Failure<Page<Person>>();
        var query = db.People.AsNoTracking();
        if (country is { } c) query = query.Where(p => p.Country == c);
        foreach (var word in PersonName.Key(filter.Q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            query = query.Where(p => p.NameKey.Contains(word));
        return await query.OrderBy(p => p.NameKey).ThenBy(p => p.Id).ToPageAsync(page, ct);
    }

    public async Task<Result<Person>> GetAsync(Guid id, CancellationToken ct) =>
        await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } found
            ? found
            : Writes.NotFound<Person>("person", id);

    public async Task<Result<Person>> CreateAsync(PersonInput input, CancellationToken ct)
    {
        var v = new Validator();
        var country = Fields.Country(v, input.Country, "country");
        await new References(db, v).CountryAsync(country, "country", ct);
        var roles = ReadRoles(v, input.Roles ?? []);
        var created = Person.Create(input.Name, country);
        if (!created.IsSuccess) v.AddRange(created.Errors);
        if (!v.IsValid) return v.Failure<Person>();
        foreach (var (role, i) in roles.Select((r, i) => (r, i)))
        {
            var added = created.Value.AddRole(role.Title, role.From, role.To, role.Organisation);
            if (!added.IsSuccess) v.AddRange(added.Errors.Select(e => e.WithField($"roles[{i}].{e.Field}")));
        }

        if (!v.IsValid) return v.Failure<Person>();
        db.People.Add(created.Value);
        return await Writes.SaveAsync(db, created.Value, ct);
    }

    /// <summary>Changes the name and country; roles may be repeated as they are, and are added with <see cref="AddRoleAsync"/>.</summary>
    public async Task<Result<Person>> UpdateAsync(Guid id, PersonInput input, IReadOnlyList<long>? expectedVersions, CancellationToken ct)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return Writes.NotFound<Person>("person", id);
        if (Writes.CheckVersion(person, expectedVersions, "the person") is { } stale) return Result<Person>.Fail(stale);
        var v = new Validator();
        var country = Fields.Country(v, input.Country, "country");
        await new References(db, v).CountryAsync(country, "country", ct);
        v.Require(input.Roles is null || SameRoles(input.Roles, person.Roles), "roles", "person.roles.fixed",
            "roles are added one by one with POST /people/{id}/roles, not replaced");
        if (!v.IsValid) return v.Failure<Person>();
        var updated = person.Update(input.Name, country);
        return updated.IsSuccess ? await Writes.SaveAsync(db, person, ct) : updated;
    }

    public async Task<Result<Person>> AddRoleAsync(Guid id, RoleInput input, IReadOnlyList<long>? expectedVersions, CancellationToken ct)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return Writes.NotFound<Person>("person", id);
        if (Writes.CheckVersion(person, expectedVersions, "the person") is { } stale) return Result<Person>.Fail(stale);
        var v = new Validator();
        var role = ReadRole(v, input, "");
        if (!v.IsValid) return v.Failure<Person>();
        var added = person.AddRole(role.Title, role.From, role.To, role.Organisation);
        return added.IsSuccess ? await Writes.SaveAsync(db, person, ct) : Result<Person>.Fail(added.Errors);
    }

    /// <summary>Deletes a person nobody refers to: not a co-chair and not in a delegation.</summary>
    public async Task<Result<Deleted>> DeleteAsync(Guid id, IReadOnlyList<long>? expectedVersions, CancellationToken ct)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return Writes.NotFound<Deleted>("person", id);
        if (Writes.CheckVersion(person, expectedVersions, "the person") is { } stale) return Result<Deleted>.Fail(stale);
        var inUse = await db.Meetings.AnyAsync(m => m.CoChairs.Any(c => c.PersonId == id), ct)
                    || await db.Delegations.AnyAsync(d => d.HeadPersonId == id || d.OnBehalfOfPersonId == id, ct);
        if (inUse) return Writes.InUse<Deleted>("person", "the person co-chaired a meeting or headed a delegation; those records refer to them");
        db.People.Remove(person);
        return await Writes.SaveAsync(db, new Deleted(), ct);
    }

    private static bool SameRoles(IReadOnlyList<RoleInput> given, IReadOnlyList<Role> stored) =>
        given.Count == stored.Count && given.Zip(stored).All(p => p.First.Title?.Trim() == p.Second.Title
            && p.First.Organisation?.Trim() == p.Second.Organisation
            && p.First.From == p.Second.From?.ToString() && p.First.To == p.Second.To?.ToString());

    private sealed record ParsedRole(string? Title, string? Organisation, Domain.Values.PartialDate? From, Domain.Values.PartialDate? To);

    private static List<ParsedRole> ReadRoles(Validator v, IReadOnlyList<RoleInput> roles) =>
        roles.Select((r, i) => ReadRole(v, r, $"roles[{i}].")).ToList();

    private static ParsedRole ReadRole(Validator v, RoleInput r, string prefix) =>
        new(r.Title, r.Organisation, Fields.Date(v, r.From, prefix + "from"), Fields.Date(v, r.To, prefix + "to"));
}
