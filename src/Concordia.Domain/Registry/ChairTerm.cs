using Concordia.Domain.Values;

namespace Concordia.Domain.Registry;

/// <summary>A country (co-)chairing a mechanism for a period, by a stated rule ("rotation", "co-chair with Japan").</summary>
public sealed class ChairTerm : IdentifiedEntity
{
    private ChairTerm() => MechanismId = "";

    public string MechanismId { get; private set; }
    public CountryCode Country { get; private set; }
    public PartialDate? From { get; private set; }
    public PartialDate? To { get; private set; }
    public string? Basis { get; private set; }

    public static Result<ChairTerm> Create(string mechanismId, CountryCode country, PartialDate? from, PartialDate? to, string? basis)
    {
        var v = new Validator();
        if (!Slug.IsValid(mechanismId)) v.Add(Slug.Invalid("mechanismId", mechanismId));
        v.Period(from, to, "to").OptionalText(basis, "basis", 400);
        return v.Then(() => new ChairTerm
        {
            MechanismId = mechanismId, Country = country, From = from, To = to,
            Basis = string.IsNullOrWhiteSpace(basis) ? null : basis.Trim(),
        });
    }
}
