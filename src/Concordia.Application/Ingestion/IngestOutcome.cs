using Concordia.Domain;

namespace Concordia.Application.Ingestion;

public enum IngestStatus
{
    /// <summary>A new document, stored with its facts (pending review).</summary>
    Stored,
    /// <summary>A document with the same content is already stored; nothing was written.</summary>
    AlreadyStored,
    /// <summary>The file could not be read or decoded; nothing was written.</summary>
    Failed,
}

/// <summary>What happened to one input: its document, how many facts wait for review, and the document it repeats.</summary>
public sealed record IngestOutcome(
    string Name,
    IngestStatus Status,
    Guid? DocumentId = null,
    string? Language = null,
    int Facts = 0,
    Guid? DuplicateOfId = null,
    Error? Error = null)
{
    public static IngestOutcome Failed(string name, Error error) => new(name, IngestStatus.Failed, Error: error);
}

/// <summary>Totals of a run, for the summary table and the exit code.</summary>
public sealed record IngestSummary(int Stored, int AlreadyStored, int Failed, int Facts, int Duplicates)
{
    public static IngestSummary Of(IEnumerable<IngestOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return new IngestSummary(
            list.Count(o => o.Status == IngestStatus.Stored),
            list.Count(o => o.Status == IngestStatus.AlreadyStored),
            list.Count(o => o.Status == IngestStatus.Failed),
            list.Sum(o => o.Facts),
            list.Count(o => o.Status == IngestStatus.Stored && o.DuplicateOfId is not null));
    }
}
