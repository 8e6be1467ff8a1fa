using Concordia.Domain.Values;

namespace Concordia.Domain.Registry;

public enum MembershipKind
{
    Member,
    DialoguePartner,
    Observer,
}

/// <summary>A country's participation in a mechanism from one date to another (open-ended when still a member).</summary>
public sealed class Membership : IdentifiedEntity
{
    private Membership() => MechanismId = "";

    public string MechanismId { get; private set; }
    public CountryCode Country { get; private set; }
    public PartialDate? From { get; private set; }
    public PartialDate? To { get; private set; }
    public MembershipKind Kind { get; private set; }

    public static Result<Membership> Create(string mechanismId, CountryCode country, PartialDate? from, PartialDate? to,
        MembershipKind kind = MembershipKind.Member)
    {
        var v = new Validator();
        if (!Slug.IsValid(mechanismId)) v.Add(Slug.Invalid("mechanismId", mechanismId));
        v.Period(from, to, "to");
        return v.Then(() => new Membership { MechanismId = mechanismId, Country = country, From = from, To = to, Kind = kind });
    }

    /// <summary>Changes the period; the caller re-checks overlap against the country's other memberships.</summary>
    public Result<Membership> ChangePeriod(PartialDate? from, PartialDate? to, IEnumerable<Membership> siblings)
    {
        var v = new Validator().Period(from, to, "to");
        if (!v.IsValid) return v.Then(this);
        var candidate = new Membership { MechanismId = MechanismId, Country = Country, From = from, To = to, Kind = Kind };
        var overlap = MembershipRules.CheckNoOverlap(candidate, siblings.Where(s => s.Id != Id));
        if (overlap is not null) return Result<Membership>.Fail(overlap);
        From = from;
        To = to;
        return this;
    }

    public bool IsActiveOn(DateOnly day) =>
        (From?.Start is not { } start || start <= day) && (To?.End is not { } end || day <= end);
}

public static class MembershipRules
{
    /// <summary>A country's memberships of one mechanism must not overlap; returns the error, or null when none.</summary>
    public static Error? CheckNoOverlap(Membership candidate, IEnumerable<Membership> existing)
    {
        var clash = existing.FirstOrDefault(m =>
            m.MechanismId == candidate.MechanismId && m.Country == candidate.Country && m.Id != candidate.Id
            && Periods.Overlap(m.From, m.To, candidate.From, candidate.To));
        return clash is null
            ? null
            : new Error("membership.overlap",
                $"{candidate.Country} is already a member of {candidate.MechanismId} from {Show(clash.From)} to {Show(clash.To)}", "from");
    }

    private static string Show(PartialDate? date) => date?.ToString() ?? "open";
}
