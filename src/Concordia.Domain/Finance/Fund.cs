using Concordia.Domain.Values;

namespace Concordia.Domain.Finance;

/// <summary>A pooled fund of a mechanism (Mekong–Korea Cooperation Fund) with an optional yearly target.</summary>
public sealed class Fund : IdentifiedEntity
{
    private Fund() => Name = "";

    public string Name { get; private set; }
    public string? ShortName { get; private set; }
    public string? MechanismId { get; private set; }
    public Money? AnnualTarget { get; private set; }

    public static Result<Fund> Create(string? name, string? shortName, string? mechanismId, Money? annualTarget = null)
    {
        var v = Validate(name, shortName, mechanismId);
        return v.Then(() => new Fund().Apply(name, shortName, mechanismId, annualTarget));
    }

    public Result<Fund> Update(string? name, string? shortName, string? mechanismId, Money? annualTarget)
    {
        var v = Validate(name, shortName, mechanismId);
        return v.IsValid ? Apply(name, shortName, mechanismId, annualTarget) : v.Failure<Fund>();
    }

    /// <summary>Sums contributions per year, in the target's currency only (other currencies are not converted here).</summary>
    public IReadOnlyDictionary<int, decimal> TotalsByYear(IEnumerable<Contribution> contributions)
    {
        var currency = AnnualTarget?.Currency;
        return contributions
            .Where(c => c.FundId == Id && (currency is null || c.Amount.Currency == currency))
            .GroupBy(c => c.Year)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Amount.Amount));
    }

    private static Validator Validate(string? name, string? shortName, string? mechanismId)
    {
        var v = new Validator().RequireText(name, "name", 200).OptionalText(shortName, "shortName", 40);
        if (mechanismId is not null && !Slug.IsValid(mechanismId)) v.Add(Slug.Invalid("mechanismId", mechanismId));
        return v;
    }

    private Fund Apply(string? name, string? shortName, string? mechanismId, Money? annualTarget)
    {
        Name = name!.Trim();
        ShortName = string.IsNullOrWhiteSpace(shortName) ? null : shortName.Trim();
        MechanismId = mechanismId;
        AnnualTarget = annualTarget;
        return this;
    }
}

/// <summary>Money a country paid (or pledged) into a fund for a year.</summary>
public sealed class Contribution : IdentifiedEntity
{
    private Contribution() { }

    public Guid FundId { get; private set; }
    public CountryCode Contributor { get; private set; }
    public int Year { get; private set; }
    public Money Amount { get; private set; }
    public bool IsPledge { get; private set; }
    public string? Note { get; private set; }

    public static Result<Contribution> Create(Guid fundId, CountryCode contributor, int year, Money amount, bool isPledge = false, string? note = null)
    {
        var v = new Validator()
            .Require(fundId != Guid.Empty, "fundId", "value.required", "fundId is required")
            .Require(year is >= 1945 and <= 2200, "year", "year.range", $"{year} is not a plausible year")
            .Require(amount.Amount > 0, "amount", "money.zero", "a contribution is more than nothing")
            .OptionalText(note, "note", 1000);
        return v.Then(() => new Contribution
        {
            FundId = fundId, Contributor = contributor, Year = year, Amount = amount, IsPledge = isPledge,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        });
    }
}
