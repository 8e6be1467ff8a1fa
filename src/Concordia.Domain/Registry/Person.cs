using Concordia.Domain.Values;

namespace Concordia.Domain.Registry;

/// <summary>A named official. The same person written with or without diacritics has one <see cref="NameKey"/>.</summary>
public sealed class Person : IdentifiedEntity
{
    private readonly List<Role> _roles = [];

    private Person()
    {
        Name = "";
        NameKey = "";
    }

    public string Name { get; private set; }
    public string NameKey { get; private set; }
    public CountryCode? Country { get; private set; }
    public IReadOnlyList<Role> Roles => _roles.OrderBy(r => r.Sequence).ToList();

    public static Result<Person> Create(string? name, CountryCode? country)
    {
        var v = new Validator().RequireText(name, "name", 200);
        return v.Then(() => new Person { Name = name!.Trim(), NameKey = PersonName.Key(name), Country = country });
    }

    public Result<Person> Update(string? name, CountryCode? country)
    {
        var v = new Validator().RequireText(name, "name", 200);
        if (!v.IsValid) return v.Then(this);
        Name = name!.Trim();
        NameKey = PersonName.Key(Name);
        Country = country;
        return this;
    }

    /// <summary>Adds a dated title; the same title over an overlapping period is refused as a duplicate.</summary>
    public Result<Role> AddRole(string? title, PartialDate? from = null, PartialDate? to = null, string? organisation = null)
    {
        var v = new Validator().RequireText(title, "title", 200).OptionalText(organisation, "organisation", 200).Period(from, to, "to");
        var duplicate = title is not null && _roles.Any(r =>
            string.Equals(r.Title, title.Trim(), StringComparison.OrdinalIgnoreCase) && Periods.Overlap(r.From, r.To, from, to));
        v.Require(!duplicate, "title", "role.duplicate", $"{Name} already holds '{title}' in that period");
        if (!v.IsValid) return v.Failure<Role>();
        var role = new Role(_roles.Count, title!.Trim(), organisation?.Trim(), from, to);
        _roles.Add(role);
        return role;
    }

    public IEnumerable<Role> RolesOn(DateOnly day) =>
        Roles.Where(r => (r.From?.Start is not { } s || s <= day) && (r.To?.End is not { } e || day <= e));
}

/// <summary>A title held over a period ("Minister of Foreign Affairs", from 2021-04).</summary>
public sealed class Role
{
    private Role() => Title = "";

    internal Role(int sequence, string title, string? organisation, PartialDate? from, PartialDate? to)
    {
        Sequence = sequence;
        Title = title;
        Organisation = organisation;
        From = from;
        To = to;
    }

    /// <summary>Order of recording, so roles read back as they were added.</summary>
    public int Sequence { get; private set; }

    public string Title { get; private set; }
    public string? Organisation { get; private set; }
    public PartialDate? From { get; private set; }
    public PartialDate? To { get; private set; }
}
