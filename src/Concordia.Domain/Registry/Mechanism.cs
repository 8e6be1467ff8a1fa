using Concordia.Domain.Values;

namespace Concordia.Domain.Registry;

/// <summary>A cooperation framework ("mekong-japan") with its members and chairs over time.</summary>
public sealed class Mechanism : Entity
{
    private readonly List<Membership> _memberships = [];
    private readonly List<ChairTerm> _chairTerms = [];

    private Mechanism()
    {
        Id = "";
        Name = "";
        ShortName = "";
    }

    /// <summary>The slug id used in URLs and extraction records ("mekong-japan").</summary>
    public string Id { get; private set; }
    public string Name { get; private set; }
    public string ShortName { get; private set; }
    public string? Notes { get; private set; }

    public IReadOnlyCollection<Membership> Memberships => _memberships;
    public IReadOnlyCollection<ChairTerm> ChairTerms => _chairTerms;

    public static Result<Mechanism> Create(string? id, string? name, string? shortName, string? notes = null)
    {
        var v = new Validator();
        if (!Slug.IsValid(id)) v.Add(Slug.Invalid("id", id));
        Validate(v, name, shortName, notes);
        return v.Then(() => new Mechanism { Id = id!, Name = name!.Trim(), ShortName = shortName!.Trim(), Notes = Clean(notes) });
    }

    public Result<Mechanism> Update(string? name, string? shortName, string? notes)
    {
        var v = new Validator();
        Validate(v, name, shortName, notes);
        if (!v.IsValid) return v.Then(this);
        Name = name!.Trim();
        ShortName = shortName!.Trim();
        Notes = Clean(notes);
        return this;
    }

    /// <summary>The countries that are members on a day (or now, when open-ended memberships only are asked).</summary>
    public IReadOnlyList<CountryCode> MembersOn(DateOnly day) =>
        _memberships.Where(m => m.IsActiveOn(day)).Select(m => m.Country).Distinct().ToList();

    /// <summary>Adds a membership unless it overlaps another of the same country in this mechanism.</summary>
    public Result<Membership> AddMembership(CountryCode country, PartialDate? from, PartialDate? to, MembershipKind kind = MembershipKind.Member)
    {
        var created = Membership.Create(Id, country, from, to, kind);
        if (!created.IsSuccess) return created;
        var overlap = MembershipRules.CheckNoOverlap(created.Value, _memberships);
        if (overlap is not null) return Result<Membership>.Fail(overlap);
        _memberships.Add(created.Value);
        return created;
    }

    public bool RemoveMembership(Guid membershipId) => _memberships.RemoveAll(m => m.Id == membershipId) > 0;

    public Result<ChairTerm> AddChairTerm(CountryCode country, PartialDate? from, PartialDate? to, string? basis = null)
    {
        var created = ChairTerm.Create(Id, country, from, to, basis);
        if (created.IsSuccess) _chairTerms.Add(created.Value);
        return created;
    }

    private static void Validate(Validator v, string? name, string? shortName, string? notes) =>
        v.RequireText(name, "name", 200).RequireText(shortName, "shortName", 40).OptionalText(notes, "notes", 4000);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
