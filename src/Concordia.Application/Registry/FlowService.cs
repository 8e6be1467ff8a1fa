using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Finance;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Registry;

/// <summary>A financial flow as given by a caller: type is "loan", "grant", "technical-cooperation" or "other".</summary>
public sealed record FlowInput(
    string? Title,
    string? Provider,
    string? Recipient,
    MoneyInput? Amount,
    string? Type,
    int? FiscalYear = null,
    string? Channel = null,
    string? Sector = null,
    Guid? ParentFlowId = null,
    Guid? SourceDocumentId = null);

public sealed record FlowFilter(string? Provider = null, string? Recipient = null, int? FiscalYear = null, string? Type = null);

/// <summary>Lists, reads and changes ODA loans, grants and other flows.</summary>
public sealed class FlowService(IConcordiaDb db)
{
    public async Task<Result<Page<FinancialFlow>>> ListAsync(FlowFilter filter, PageRequest page, CancellationToken ct)
    {
        var v = new Validator();
        var provider = Fields.Country(v, filter.Provider, "provider");
        var recipient = Fields.Country(v, filter.Recipient, "recipient");
        FlowType? type = string.IsNullOrWhiteSpace(filter.Type) ? null : Fields.Enum(v, filter.Type, "type", FlowType.Other);
        if (!v.IsValid) return v.Failure<Page<FinancialFlow>>();
        var query = db.Flows.AsNoTracking();
        if (provider is { } p) query = query.Where(f => f.Provider == p);
        if (recipient is { } r) query = query.Where(f => f.Recipient == r);
        if (filter.FiscalYear is { } year) query = query.Where(f => f.FiscalYear == year);
        if (type is { } t) query = query.Where(f => f.Type == t);
        return await query.OrderBy(f => f.FiscalYear).ThenBy(f => f.Id).ToPageAsync(page, ct);
    }

    public async Task<Result<FinancialFlow>> GetAsync(Guid id, CancellationToken ct) =>
        await db.Flows.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) is { } found
            ? found
            : Writes.NotFound<FinancialFlow>("flow", id);

    public async Task<Result<FinancialFlow>> CreateAsync(FlowInput input, CancellationToken ct)
    {
        var details = await ReadAsync(input, null, ct);
        if (!details.IsSuccess) return Result<FinancialFlow>.Fail(details.Errors);
        var created = FinancialFlow.Create(details.Value);
        if (!created.IsSuccess) return created;
        db.Flows.Add(created.Value);
        return await Writes.SaveAsync(db, created.Value, ct);
    }

    public async Task<Result<FinancialFlow>> UpdateAsync(Guid id, FlowInput input, IReadOnlyList<long>? expectedVersions, CancellationToken ct)
    {
        var flow = await db.Flows.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (flow is null) return Writes.NotFound<FinancialFlow>("flow", id);
        if (Writes.CheckVersion(flow, expectedVersions, "the flow") is { } stale) return Result<FinancialFlow>.Fail(stale);
        var details = await ReadAsync(input, id, ct);
        if (!details.IsSuccess) return Result<FinancialFlow>.Fail(details.Errors);
        var updated = flow.Update(details.Value);
        return updated.IsSuccess ? await Writes.SaveAsync(db, flow, ct) : updated;
    }

    public async Task<Result<Deleted>> DeleteAsync(Guid id, IReadOnlyList<long>? expectedVersions, CancellationToken ct)
    {
        var flow = await db.Flows.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (flow is null) return Writes.NotFound<Deleted>("flow", id);
        if (Writes.CheckVersion(flow, expectedVersions, "the flow") is { } stale) return Result<Deleted>.Fail(stale);
        if (await db.Flows.AnyAsync(f => f.ParentFlowId == id, ct))
            return Writes.InUse<Deleted>("flow", "other flows are parts of this one; delete them first");
        db.Flows.Remove(flow);
        return await Writes.SaveAsync(db, new Deleted(), ct);
    }

    private async Task<Result<FlowDetails>> ReadAsync(FlowInput input, Guid? selfId, CancellationToken ct)
    {
        var v = new Validator();
        var provider = Fields.RequiredCountry(v, input.Provider, "provider");
        var recipient = Fields.RequiredCountry(v, input.Recipient, "recipient");
        var amount = Fields.RequiredMoney(v, input.Amount, "amount");
        var type = Fields.RequiredEnum<FlowType>(v, input.Type, "type");
        var refs = new References(db, v);
        if (v.IsValid) await (await refs.CountryAsync(provider, "provider", ct)).CountryAsync(recipient, "recipient", ct);
        if (input.ParentFlowId != selfId) await refs.FlowAsync(input.ParentFlowId, "parentFlowId", ct);
        await refs.DocumentAsync(input.SourceDocumentId, "sourceDocumentId", ct);
        return v.Then(() => new FlowDetails(input.Title, provider, recipient, amount, type, input.FiscalYear, input.Channel, input.Sector,
            input.ParentFlowId, input.SourceDocumentId));
    }
}
