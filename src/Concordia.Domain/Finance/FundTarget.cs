using Concordia.Domain.Values;

namespace Concordia.Domain.Finance;

/// <summary>
/// A fund's contribution target from a year on; it holds for later years until the next target of the same fund
/// (a schedule "USD 5 million a year, rising to 10 million by 2027" is one row per step).
/// </summary>
public sealed class FundTarget : IdentifiedEntity
{
    private FundTarget() { }

    public Guid FundId { get; private set; }
    public int FromYear { get; private set; }
    public Money Amount { get; private set; }

    public static Result<FundTarget> Create(Guid fundId, int fromYear, Money amount)
    {
        var v = new Validator()
            .Require(fundId != Guid.Empty, "fundId", "value.required", "fundId is required")
            .Require(fromYear is >= 1945 and <= 2200, "fromYear", "year.range", $"{fromYear} is not a plausible year")
            .Require(amount.Amount > 0, "amount", "money.zero", "a target is more than nothing");
        return v.Then(() => new FundTarget { FundId = fundId, FromYear = fromYear, Amount = amount });
    }

    /// <summary>
    /// A target that rises in equal yearly steps from <paramref name="from"/> in <paramref name="fromYear"/> to
    /// <paramref name="to"/> in <paramref name="toYear"/>, then stays there.
    /// </summary>
    public static Result<IReadOnlyList<FundTarget>> Rising(Guid fundId, int fromYear, Money from, int toYear, Money to)
    {
        var v = new Validator()
            .Require(toYear > fromYear, "toYear", "fund.target.years", $"{toYear} is not after {fromYear}")
            .Require(from.Currency == to.Currency, "to", "fund.target.currency", "both amounts must be in one currency")
            .Require(to.Amount >= from.Amount, "to", "fund.target.falling", "a rising target cannot fall");
        if (!v.IsValid) return v.Failure<IReadOnlyList<FundTarget>>();
        var steps = new List<FundTarget>();
        var span = toYear - fromYear;
        for (var year = fromYear; year <= toYear; year++)
        {
            var amount = decimal.Round(from.Amount + ((to.Amount - from.Amount) * (year - fromYear) / span), 2);
            var step = Create(fundId, year, new Money(amount, from.Currency));
            if (!step.IsSuccess) return Result<IReadOnlyList<FundTarget>>.Fail(step.Errors);
            steps.Add(step.Value);
        }

        return steps;
    }

    /// <summary>The target that holds in <paramref name="year"/>: the latest step at or before it, if any.</summary>
    public static FundTarget? For(IEnumerable<FundTarget> schedule, int year) =>
        schedule.Where(t => t.FromYear <= year).MaxBy(t => t.FromYear);
}
