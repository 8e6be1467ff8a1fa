using Concordia.Domain.FollowUp;

namespace Concordia.Domain.Tests.FollowUp;

public class CommitmentLinkTests
{
    private static readonly Guid Earlier = Guid.CreateVersion7();
    private static readonly Guid Later = Guid.CreateVersion7();
    private static readonly Guid Meeting = Guid.CreateVersion7();

    [Theory]
    [InlineData(LineageKind.Reaffirmed, true, null)]
    [InlineData(LineageKind.Changed, true, null)]
    [InlineData(LineageKind.Reaffirmed, false, "lineage.later.required")]
    [InlineData(LineageKind.Dropped, false, null)]
    [InlineData(LineageKind.Dropped, true, "lineage.dropped.has-later")]
    public void Create_KindAndLater_ValidatesPairing(LineageKind kind, bool withLater, string? expectedError)
    {
        var link = CommitmentLink.Create(Earlier, Meeting, kind, withLater ? Later : null);

        Assert.Equal(expectedError, link.Error?.Code);
    }

    [Fact]
    public void Create_LaterIsEarlier_Fails() =>
        Assert.Equal("lineage.self", CommitmentLink.Create(Earlier, Meeting, LineageKind.Changed, Earlier).Error!.Code);
}
