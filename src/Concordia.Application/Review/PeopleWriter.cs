using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Review;

/// <summary>
/// Finds or creates people by their name key, so "Nguyen Van An" and "Nguyễn Văn An" (and "Tanaka Hiroshi" and
/// "Hiroshi Tanaka") are one person. The spelling with diacritics is kept as the display name.
/// </summary>
internal sealed class PeopleWriter(IConcordiaDb db)
{
    public async Task<Result<Person>> FindOrCreateAsync(string name, CountryCode? country, CancellationToken ct)
    {
        var key = PersonName.Key(name);
        var person = db.People.Local.FirstOrDefault(p => p.NameKey == key)
                     ?? await db.People.FirstOrDefaultAsync(p => p.NameKey == key, ct);
        if (person is null)
        {
            var created = Person.Create(name, country);
            if (created.IsSuccess) db.People.Add(created.Value);
            return created;
        }

        var better = Marks(name) > Marks(person.Name) ? name : person.Name;
        if (better != person.Name || (person.Country is null && country is not null))
        {
            var updated = person.Update(better, person.Country ?? country);
            if (!updated.IsSuccess) return updated;
        }

        return person;
    }

    public async Task<Result<Person>> ApplyAsync(PersonClaim claim, Person? target, CancellationToken ct)
    {
        var found = target is null ? await FindOrCreateAsync(claim.Name, claim.Country, ct) : Result<Person>.Ok(target);
        if (!found.IsSuccess) return found;
        var person = found.Value;
        if (person.Country is null && claim.Country is not null) person.Update(person.Name, claim.Country);
        foreach (var role in claim.Roles)
            person.AddRole(role); // A title the person already holds is refused as a duplicate, which is what we want.
        return person;
    }

    /// <summary>How many characters carry diacritics: the richer spelling is the better display name.</summary>
    private static int Marks(string name) => name.Count(c => c > 127);
}
