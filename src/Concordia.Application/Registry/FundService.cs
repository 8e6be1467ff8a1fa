using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Finance;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Registry;

public sealed record FundInput(string? Name, string? ShortName = null, string? MechanismId = null, MoneyInput? AnnualTarget = null);

public sealed record FundFilter(string? Mechanism = null);

/// <summary>Lists, reads and changes pooled funds; deleting a fund deletes its contributions.</summary>
public sealed class FundService(IConcordiaDb db)
{
    public async Task<Result<Page<Fund>>> ListAsync(FundFilter filter, PageRequest page, CancellationToken ct)
    {
        var query = db.Funds.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Mechanism)) query = query.Where(f => f.MechanismId == filter.Mechanism);
        return await query.OrderBy(f => f.Name).ThenBy(f => f.Id).ToPageAsync(page, ct);
    }

    public async Task<Result<Fund>> GetAsync(Guid id, CancellationToken ct) =>
        await db.Funds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) is { } found ? found : Writes.NotFound<Fund>("fund", id);

    public async Task<Result<Fund>> CreateAsync(FundInput input, CancellationToken ct)
    {
        var v = new Validator();
        var (mechanismId, target) = await ReadAsync(v, input, ct);
        if (!v.IsValid) return v.Failure<Fund>();
        var created = Fund.Create(input.Name, input.ShortName, mechanismId, target);
        if (!created.IsSuccess) return created;
        db.Funds.Add(created.Value);
        return await Writes.SaveAsync(db, created.Value, ct);
    }

    public async Task<Result<Fund>> UpdateAsync(Guid id, FundInput input, IReadOnlyList<long>? expectedVersions, CancellationToken ct)
    {
        var fund = await db.Funds.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (fund is null) return Writes.NotFound<Fund>("fund", id);
        if (Writes.CheckVersion(fund, expectedVersions, "the fund") is { } stale) return Result<Fund>.Fail(stale);
        var v = new Validator();
        var (mechanismId, target) = await ReadAsync(v, input, ct);
        if (!v.IsValid) return v.Failure<Fund>();
        var updated = fund.Update(input.Name, input.ShortName, mechanismId, target);
        return updated.IsSuccess ? await Writes.SaveAsync(db, fund, ct) : updated;
    }

    public async Task<Result<Deleted>> DeleteAsync(Guid id, IReadOnlyList<long>? expectedVersions, CancellationToken ct)
    {
        var fund = await db.Funds.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (fund is null) return Writes.NotFound<Deleted>("fund", id);
        if (Writes.CheckVersion(fund, expectedVersions, "the fund") is { } stale) return Result<Deleted>.Fail(stale);
        db.Funds.Remove(fund);
        return await Writes.SaveAsync(db, new Deleted(), ct);
    }

    private async Task<(string?, Domain.Values.Money?)> ReadAsync(Validator v, FundInput input, CancellationToken ct)
    {
        var mechanismId = string.IsNullOrWhiteSpace(input.MechanismId) ? null : input.MechanismId.Trim();
        var target = Fields.Money(v, input.AnnualTarget, "annualTarget");
        await new References(db, v).MechanismAsync(mechanismId, "mechanismId", ct);
        return (mechanismId, target);
    }
}
