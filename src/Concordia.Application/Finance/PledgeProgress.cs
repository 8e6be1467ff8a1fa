using Concordia.Domain;
using Concordia.Domain.Finance;
using Concordia.Domain.FollowUp;

namespace Concordia.Application.Finance;

/// <summary>
/// How far a pledge has been delivered: its target and the matched flows and paid contributions in USD. Flows whose
/// parent is also matched are listed as skipped, not counted.
/// </summary>
public sealed record PledgeProgress(
    Guid CommitmentId,
    decimal? TargetUsd,
    decimal DeliveredUsd,
    IReadOnlyList<Guid> CountedFlows,
    IReadOnlyList<Guid> CountedContributions,
    IReadOnlyList<Guid> SkippedAsPartOfParent,
    IReadOnlyList<Error> Problems)
{
    public decimal? Share => TargetUsd is > 0 ? decimal.Round(DeliveredUsd / TargetUsd.Value, 4) : null;
}

public static class PledgeMatching
{
    /// <param name="pledge">The pledged commitment.</param>
    /// <param name="matches">Matches of any pledges; only this pledge's are used.</param>
    /// <param name="flows">The matched flows and their ancestors (for parent links).</param>
    /// <param name="contributions">The matched contributions.</param>
    /// <param name="valuation">Rates and fiscal calendars.</param>
    public static PledgeProgress Progress(Commitment pledge, IEnumerable<PledgeMatch> matches, IEnumerable<FinancialFlow> flows,
        IEnumerable<Contribution> contributions, FlowValuation valuation)
    {
        var mine = matches.Where(m => m.CommitmentId == pledge.Id).ToList();
        var flowIds = mine.Select(m => m.FlowId).OfType<Guid>().ToHashSet();
        var allFlows = flows.ToList();
        var matchedFlows = allFlows.Where(f => flowIds.Contains(f.Id)).ToList();
        var counted = FlowTotals.Countable(matchedFlows, allFlows);
        var problems = new List<Error>();
        decimal delivered = 0;
        foreach (var v in counted.Select(valuation.Value))
        {
            if (v.Usd is { } usd) delivered += usd;
            else problems.Add(v.Problem!);
        }

        var contributionIds = mine.Select(m => m.ContributionId).OfType<Guid>().ToHashSet();
        var paid = contributions.Where(c => contributionIds.Contains(c.Id) && !c.IsPledge).DistinctBy(c => c.Id).ToList();
        foreach (var usd in paid.Select(valuation.ToUsd))
        {
            if (usd.IsSuccess) delivered += usd.Value;
            else problems.Add(usd.Error!);
        }

        var target = TargetUsd(pledge, valuation, problems);
        var skipped = matchedFlows.Select(f => f.Id).Except(counted.Select(f => f.Id)).ToList();
        return new PledgeProgress(pledge.Id, target, delivered, counted.Select(f => f.Id).ToList(), paid.Select(c => c.Id).ToList(), skipped, problems);
    }

    private static decimal? TargetUsd(Commitment pledge, FlowValuation valuation, List<Error> problems)
    {
        if (pledge.Target is not { } target) return null;
        var usd = valuation.Rates.ToUsd(target, pledge.History[0].On.Year);
        if (usd.IsSuccess) return usd.Value;
        problems.Add(usd.Error!);
        return null;
    }
}
