namespace Concordia.Domain.Documents;

/// <summary>
/// A document a meeting adopted or issued (a joint statement, a chair's statement), as opposed to one that reports
/// it. A document reports a meeting when it is cited as a source of it; only the outcome role is stored.
/// </summary>
public sealed class MeetingOutcome : IdentifiedEntity
{
    private MeetingOutcome() { }

    public Guid MeetingId { get; private set; }
    public Guid DocumentId { get; private set; }

    public static Result<MeetingOutcome> Create(Guid meetingId, Guid documentId) =>
        new Validator()
            .Require(meetingId != Guid.Empty, "meetingId", "value.required", "meetingId is required")
            .Require(documentId != Guid.Empty, "documentId", "value.required", "documentId is required")
            .Then(() => new MeetingOutcome { MeetingId = meetingId, DocumentId = documentId });
}
