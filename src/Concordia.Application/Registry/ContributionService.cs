using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Finance;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Registry;

public sealed record ContributionInput(Guid? FundId, string? Contributor, int? Year, MoneyInput? Amount, bool IsPledge = false, string? Note = null);

public sealed record ContributionFilter(Guid? Fund = null, string? Contributor = null, int? Year = null);

/// <summary>
/// Money paid or pledged into a fund. A contribution is a record of a payment: it is created or deleted, not edited
/// (a correction is a delete and a new record).
/// </summary>
public sealed class ContributionService(IConcordiaDb db)
{
    public async Task<Result<Page<Contribution>>> ListAsync(ContributionFilter filter, PageRequest page, CancellationToken ct)
    {
        var v = new Validator();
        var contributor = Fields.Country(v, filter.Contributor, "contributor");
        if (!v.IsValid) return v.Failure<Page<Contribution>>();
        var query = db.Contributions.AsNoTracking();
        if (filter.Fund is { } fund) query = query.Where(c => c.FundId == fund);
        if (contributor is { } c) query = query.Where(x => x.Contributor == c);
        if (filter.Year is { } year) query = query.Where(x => x.Year == year);
        return await query.OrderBy(x => x.Year).ThenBy(x => x.Id).ToPageAsync(page, ct);
    }

    public async Task<Result<Contribution>> GetAsync(Guid id, CancellationToken ct) =>
        await db.Contributions.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } found
            ? found
            : Writes.NotFound<Contribution>("contribution", id);

    public async Task<Result<Contribution>> CreateAsync(ContributionInput input, CancellationToken ct)
    {
        var v = new Validator();
        v.Require(input.FundId is not null, "fundId", "value.required", "fundId is required")
            .Require(input.Year is not null, "year", "value.required", "year is required");
        var contributor = Fields.RequiredCountry(v, input.Contributor, "contributor");
        var amount = Fields.RequiredMoney(v, input.Amount, "amount");
        var refs = new References(db, v);
        await refs.FundAsync(input.FundId, "fundId", ct);
        if (v.IsValid) await refs.CountryAsync(contributor, "contributor", ct);
        if (!v.IsValid) return v.Failure<Contribution>();
        var created = Contribution.Create(input.FundId!.Value, contributor, input.Year!.Value, amount, input.IsPledge, input.Note);
        if (!created.IsSuccess) return created;
        db.Contributions.Add(created.Value);
        return await Writes.SaveAsync(db, created.Value, ct);
    }

    public async Task<Result<Deleted>> DeleteAsync(Guid id, IReadOnlyList<long>? expectedVersions, CancellationToken ct)
    {
        var contribution = await db.Contributions.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contribution is null) return Writes.NotFound<Deleted>("contribution", id);
        if (Writes.CheckVersion(contribution, expectedVersions, "the contribution") is { } stale) return Result<Deleted>.Fail(stale);
        db.Contributions.Remove(contribution);
        return await Writes.SaveAsync(db, new Deleted(), ct);
    }
}
