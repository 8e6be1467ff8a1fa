using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Finance;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Finance;

/// <summary>A rising target: <see cref="From"/> in <see cref="FromYear"/>, rising in equal steps to <see cref="To"/> by <see cref="ToYear"/>.</summary>
public sealed record TargetScheduleRequest(int FromYear, decimal From, int ToYear, decimal To, string? Currency);

/// <summary>A match of a pledge to one flow or one contribution.</summary>
public sealed record PledgeMatchRequest(Guid? FlowId = null, Guid? ContributionId = null);

/// <summary>Finance use cases over the store: fund targets and gaps, flow totals, pledge matching.</summary>
public sealed class FinanceService(IConcordiaDb db, FlowValuation valuation)
{
    public async Task<Result<FundReport>> FundReportAsync(Guid fundId, CancellationToken ct = default)
    {
        var fund = await db.Funds.SingleOrDefaultAsync(f => f.Id == fundId, ct);
        if (fund is null) return Result<FundReport>.Fail("fund.not-found", $"no fund {fundId}", "id");
        var targets = await db.FundTargets.Where(t => t.FundId == fundId).ToListAsync(ct);
        var contributions = await db.Contributions.Where(c => c.FundId == fundId).ToListAsync(ct);
        return FundGaps.Report(fund, targets, contributions, valuation);
    }

    /// <summary>Replaces a fund's target schedule with a rising one.</summary>
    public async Task<Result<IReadOnlyList<FundTarget>>> SetTargetsAsync(Guid fundId, TargetScheduleRequest request, CancellationToken ct = default)
    {
        if (!await db.Funds.AnyAsync(f => f.Id == fundId, ct))
            return Result<IReadOnlyList<FundTarget>>.Fail("fund.not-found", $"no fund {fundId}", "id");
        var from = Money.Create(request.From, request.Currency);
        var to = Money.Create(request.To, request.Currency);
        if (!from.IsSuccess || !to.IsSuccess)
            return Result<IReadOnlyList<FundTarget>>.Fail(from.Errors.Concat(to.Errors).Select(e => e.WithField("currency")).ToList());
        var schedule = FundTarget.Rising(fundId, request.FromYear, from.Value, request.ToYear, to.Value);
        if (!schedule.IsSuccess) return schedule;
        db.FundTargets.RemoveRange(await db.FundTargets.Where(t => t.FundId == fundId).ToListAsync(ct));
        db.FundTargets.AddRange(schedule.Value);
        await db.SaveChangesAsync(ct);
        return schedule;
    }

    /// <summary>Totals per provider and fiscal year, each amount counted once, optionally for one recipient.</summary>
    public async Task<IReadOnlyList<ProviderYearTotal>> FlowTotalsAsync(CountryCode? recipient = null, CancellationToken ct = default)
    {
        var flows = await db.Flows.ToListAsync(ct);
        var chosen = recipient is { } r ? flows.Where(f => f.Recipient == r) : flows;
        return FlowTotals.ByProviderAndYear(chosen, valuation);
    }

    public async Task<Result<PledgeMatch>> MatchAsync(Guid commitmentId, PledgeMatchRequest request, CancellationToken ct = default)
    {
        if (!await db.Commitments.AnyAsync(c => c.Id == commitmentId, ct))
            return Result<PledgeMatch>.Fail("commitment.not-found", $"no commitment {commitmentId}", "id");
        if ((request.FlowId is null) == (request.ContributionId is null))
            return Result<PledgeMatch>.Fail("pledge.match.one", "give either a flowId or a contributionId", "flowId");
        if (request.FlowId is { } f && !await db.Flows.AnyAsync(x => x.Id == f, ct))
            return Result<PledgeMatch>.Fail("flow.not-found", $"no flow {f}", "flowId");
        if (request.ContributionId is { } c && !await db.Contributions.AnyAsync(x => x.Id == c, ct))
            return Result<PledgeMatch>.Fail("contribution.not-found", $"no contribution {c}", "contributionId");
        var duplicate = await db.PledgeMatches.AnyAsync(m => m.CommitmentId == commitmentId && m.FlowId == request.FlowId
                                                             && m.ContributionId == request.ContributionId, ct);
        if (duplicate) return Result<PledgeMatch>.Fail("pledge.match.conflict", "this record is already matched to the pledge", "flowId");
        var match = request.FlowId is { } flowId ? PledgeMatch.ToFlow(commitmentId, flowId) : PledgeMatch.ToContribution(commitmentId, request.ContributionId!.Value);
        if (!match.IsSuccess) return match;
        db.PledgeMatches.Add(match.Value);
        await db.SaveChangesAsync(ct);
        return match;
    }

    public async Task<Result<PledgeProgress>> PledgeProgressAsync(Guid commitmentId, CancellationToken ct = default)
    {
        var pledge = await db.Commitments.SingleOrDefaultAsync(c => c.Id == commitmentId, ct);
        if (pledge is null) return Result<PledgeProgress>.Fail("commitment.not-found", $"no commitment {commitmentId}", "id");
        var matches = await db.PledgeMatches.Where(m => m.CommitmentId == commitmentId).ToListAsync(ct);
        var contributionIds = matches.Select(m => m.ContributionId).OfType<Guid>().ToList();
        var contributions = await db.Contributions.Where(c => contributionIds.Contains(c.Id)).ToListAsync(ct);
        // Parent links may run through flows that are not matched themselves, so the whole (small) flow table is read.
        var flows = await db.Flows.ToListAsync(ct);
        return PledgeMatching.Progress(pledge, matches, flows, contributions, valuation);
    }
}
