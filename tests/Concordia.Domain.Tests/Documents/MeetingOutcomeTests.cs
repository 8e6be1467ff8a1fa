using Concordia.Domain.Documents;

namespace Concordia.Domain.Tests.Documents;

public sealed class MeetingOutcomeTests
{
    [Fact]
    public void Create_MeetingAndDocument_LinksThem()
    {
        var (meeting, document) = (Guid.NewGuid(), Guid.NewGuid());

        var outcome = MeetingOutcome.Create(meeting, document).Value;

        Assert.Equal((meeting, document), (outcome.MeetingId, outcome.DocumentId));
    }

    [Fact]
    public void Create_EmptyIds_NamesBothFields() =>
        Assert.Equal(["meetingId", "documentId"], MeetingOutcome.Create(Guid.Empty, Guid.Empty).Errors.Select(e => e.Field));
}
