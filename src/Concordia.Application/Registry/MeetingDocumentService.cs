using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Documents;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Registry;

/// <summary>What a document is to a meeting: an outcome it adopted or issued, or a report of it.</summary>
public enum DocumentRole
{
    Report,
    Outcome,
}

/// <summary>A document of a meeting, with how many of its passages are cited as sources of the meeting.</summary>
public sealed record MeetingDocument(Guid DocumentId, string? Title, string Language, PartialDate? Published, string Origin, DocumentRole Role,
    int Passages);

/// <summary>
/// The documents of a meeting: those that report it (cited as its sources) and its outcome documents (a joint or
/// chair's statement), which a reviewer's acceptance or an API call marks.
/// </summary>
public sealed class MeetingDocumentService(IConcordiaDb db)
{
    public async Task<Result<IReadOnlyList<MeetingDocument>>> ListAsync(Guid meetingId, CancellationToken ct)
    {
        if (!await db.Meetings.AnyAsync(m => m.Id == meetingId, ct)) return Writes.NotFound<IReadOnlyList<MeetingDocument>>("meeting", meetingId);
        return Result<IReadOnlyList<MeetingDocument>>.Ok(await ReadAsync(db, meetingId, ct));
    }

    /// <summary>Marks the document as an outcome of the meeting; marking it again changes nothing.</summary>
    public async Task<Result<MeetingDocument>> MarkOutcomeAsync(Guid meetingId, Guid documentId, CancellationToken ct)
    {
        if (!await db.Meetings.AnyAsync(m => m.Id == meetingId, ct)) return Writes.NotFound<MeetingDocument>("meeting", meetingId);
        if (!await db.Documents.AnyAsync(d => d.Id == documentId, ct)) return Writes.NotFound<MeetingDocument>("document", documentId);
        var linked = await LinkAsync(db, meetingId, documentId, ct);
        if (!linked.IsSuccess) return Result<MeetingDocument>.Fail(linked.Errors);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (linked.Value is { } added)
        {
            // Another request may have marked the same document meanwhile: then the outcome stands either way.
            db.Entry(added).State = EntityState.Detached;
            if (!await db.MeetingOutcomes.AnyAsync(o => o.MeetingId == meetingId && o.DocumentId == documentId, ct)) throw;
        }

        return (await ReadAsync(db, meetingId, ct)).First(d => d.DocumentId == documentId);
    }

    public async Task<Result<Deleted>> UnmarkOutcomeAsync(Guid meetingId, Guid documentId, CancellationToken ct)
    {
        var outcome = await db.MeetingOutcomes.FirstOrDefaultAsync(o => o.MeetingId == meetingId && o.DocumentId == documentId, ct);
        if (outcome is null) return Writes.NotFound<Deleted>("meeting-outcome", $"{meetingId}/{documentId}");
        db.MeetingOutcomes.Remove(outcome);
        await db.SaveChangesAsync(ct);
        return new Deleted();
    }

    /// <summary>Adds the outcome link unless it is stored or already added (the caller saves).</summary>
    internal static async Task<Result<MeetingOutcome?>> LinkAsync(IConcordiaDb db, Guid meetingId, Guid documentId, CancellationToken ct)
    {
        if (db.MeetingOutcomes.Local.Any(o => o.MeetingId == meetingId && o.DocumentId == documentId)
            || await db.MeetingOutcomes.AnyAsync(o => o.MeetingId == meetingId && o.DocumentId == documentId, ct))
            return Result<MeetingOutcome?>.Ok(null);
        var created = MeetingOutcome.Create(meetingId, documentId);
        if (!created.IsSuccess) return Result<MeetingOutcome?>.Fail(created.Errors);
        db.MeetingOutcomes.Add(created.Value);
        return created.Value;
    }

    /// <summary>Outcome documents first, then reports, each oldest first.</summary>
    internal static async Task<List<MeetingDocument>> ReadAsync(IConcordiaDb db, Guid meetingId, CancellationToken ct)
    {
        var counts = await db.RecordSources.AsNoTracking()
            .Where(s => s.Kind == RecordKind.Meeting && s.RecordId == meetingId)
            .GroupBy(s => s.DocumentId)
            .Select(g => new { DocumentId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.DocumentId, c => c.Count, ct);
        var outcomes = await db.MeetingOutcomes.AsNoTracking().Where(o => o.MeetingId == meetingId).Select(o => o.DocumentId).ToListAsync(ct);
        var ids = counts.Keys.Union(outcomes).ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Title, d.Language, d.Published, d.Origin }).ToListAsync(ct);
        return documents
            .Select(d => new MeetingDocument(d.Id, d.Title, d.Language, d.Published, d.Origin,
                outcomes.Contains(d.Id) ? DocumentRole.Outcome : DocumentRole.Report, counts.GetValueOrDefault(d.Id)))
            .OrderByDescending(d => d.Role).ThenBy(d => d.Published).ThenBy(d => d.DocumentId).ToList();
    }
}
