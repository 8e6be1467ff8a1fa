using Concordia.Domain;
using Concordia.Domain.FollowUp;

namespace Concordia.Application.FollowUp;

/// <summary>
/// Checks a batch of status changes against the commitments' current state, in file order, without touching them:
/// each commitment is replayed on a private copy, so a row can depend on an earlier row of the same file.
/// </summary>
public static class StatusUpdatePlan
{
    public static IReadOnlyList<RowError> Check(IEnumerable<StatusUpdateRow> rows, IReadOnlyDictionary<Guid, Commitment> commitments)
    {
        var copies = new Dictionary<Guid, Commitment>();
        var errors = new List<RowError>();
        foreach (var row in rows)
        {
            if (!commitments.TryGetValue(row.CommitmentId, out var original))
            {
                errors.Add(new RowError(row.Line, new Error("commitment.not-found", $"no commitment {row.CommitmentId}", "commitment_id")));
                continue;
            }

            if (!copies.TryGetValue(row.CommitmentId, out var copy)) copies[row.CommitmentId] = copy = Replay(original);
            var change = copy.ChangeStatus(row.Status, row.On, row.Evidence, row.Note);
            errors.AddRange(change.Errors.Select(e => new RowError(row.Line, e)));
        }

        return errors;
    }

    /// <summary>Rows citing a document the store does not hold.</summary>
    public static IEnumerable<RowError> MissingDocuments(IEnumerable<StatusUpdateRow> rows, IReadOnlySet<Guid> knownDocuments) =>
        rows.Where(r => r.Evidence?.DocumentId is { } d && !knownDocuments.Contains(d))
            .Select(r => new RowError(r.Line, new Error("evidence.document.not-found", $"no document {r.Evidence!.DocumentId}", "evidence_document_id")));

    /// <summary>The documents the rows cite.</summary>
    public static List<Guid> CitedDocuments(IEnumerable<StatusUpdateRow> rows) =>
        rows.Select(r => r.Evidence?.DocumentId).OfType<Guid>().Distinct().ToList();

    /// <summary>Applies rows already checked by <see cref="Check"/>; a failure here is a bug.</summary>
    public static void Apply(IEnumerable<StatusUpdateRow> rows, IReadOnlyDictionary<Guid, Commitment> commitments)
    {
        foreach (var row in rows)
        {
            var change = commitments[row.CommitmentId].ChangeStatus(row.Status, row.On, row.Evidence, row.Note);
            if (!change.IsSuccess) throw new InvalidOperationException($"line {row.Line} was checked but failed: {change.Error!.Message}");
        }
    }

    private static Commitment Replay(Commitment original)
    {
        var details = new CommitmentDetails(original.Action, original.Kind, original.MechanismId, original.MeetingId,
            original.Parties, original.PriorityArea, original.Deadline, original.Target);
        var history = original.History;
        var copy = Commitment.Create(details, history[0].On).Value;
        foreach (var step in history.Skip(1)) copy.ChangeStatus(step.Status, step.On, step.Evidence, step.Note);
        return copy;
    }
}
