namespace Concordia.Domain.Finance;

/// <summary>Records that a flow or a fund contribution fulfils (part of) a pledged commitment.</summary>
public sealed class PledgeMatch : IdentifiedEntity
{
    private PledgeMatch() { }

    public Guid CommitmentId { get; private set; }
    public Guid? FlowId { get; private set; }
    public Guid? ContributionId { get; private set; }

    public static Result<PledgeMatch> ToFlow(Guid commitmentId, Guid flowId) => Create(commitmentId, flowId, null);

    public static Result<PledgeMatch> ToContribution(Guid commitmentId, Guid contributionId) => Create(commitmentId, null, contributionId);

    private static Result<PledgeMatch> Create(Guid commitmentId, Guid? flowId, Guid? contributionId)
    {
        var v = new Validator()
            .Require(commitmentId != Guid.Empty, "commitmentId", "value.required", "the pledge is required")
            .Require((flowId ?? contributionId) is { } id && id != Guid.Empty, "flowId", "value.required",
                "a flow or a contribution is required");
        return v.Then(() => new PledgeMatch { CommitmentId = commitmentId, FlowId = flowId, ContributionId = contributionId });
    }
}
