using Concordia.Domain.FollowUp;

namespace Concordia.Domain.Tests.FollowUp;

public sealed class CommitmentProposerTests
{
    [Fact]
    public void SetProposer_PersonThenNone_RecordsThenClears()
    {
        var commitment = Commitment.Create(new CommitmentDetails("Establish a periodic Mekong–Japan Business Forum", CommitmentKind.Proposed),
            new DateOnly(2025, 7, 10)).Value;
        var person = Guid.NewGuid();

        Assert.Equal(person, commitment.SetProposer(person).Value.ProposerId);
        Assert.Null(commitment.SetProposer(null).Value.ProposerId);
        Assert.Equal("proposerId", commitment.SetProposer(Guid.Empty).Error!.Field);
    }
}
