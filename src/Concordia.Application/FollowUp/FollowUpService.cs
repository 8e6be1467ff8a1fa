using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.FollowUp;

/// <summary>A requested status change; <see cref="On"/> defaults to today.</summary>
public sealed record StatusChangeRequest(string? Status, DateOnly? On = null, string? Note = null, EvidenceInput? Evidence = null);

/// <summary>A requested lineage link from an earlier commitment to what a later meeting made of it.</summary>
public sealed record LinkRequest(Guid LaterMeetingId, string? Kind, Guid? LaterId = null, string? Note = null);

/// <summary>What a bulk status update did: the rows read, every bad row by line, and whether anything was saved.</summary>
public sealed record StatusImportReport(int Rows, IReadOnlyList<RowError> Errors, bool DryRun, bool Applied);

/// <summary>Follow-up use cases over the store: status changes with evidence, overdue lists, compliance, lineage, bulk updates.</summary>
public sealed class FollowUpService(IConcordiaDb db, TimeProvider time)
{
    public async Task<Result<Commitment>> ChangeStatusAsync(Guid commitmentId, StatusChangeRequest request, long? expectedVersion = null,
        CancellationToken ct = default)
    {
        var commitment = await db.Commitments.SingleOrDefaultAsync(c => c.Id == commitmentId, ct);
        if (commitment is null) return NotFound<Commitment>(commitmentId);
        var status = CommitmentStatuses.Parse(request.Status);
        var evidence = (request.Evidence ?? new EvidenceInput()).ToEvidence();
        var errors = status.Errors.Concat(evidence.Errors).ToList();
        if (evidence is { IsSuccess: true, Value.DocumentId: { } doc } && !await db.Documents.AnyAsync(d => d.Id == doc, ct))
            errors.Add(new Error("evidence.document.not-found", $"no document {doc}", "evidence.documentId"));
        if (errors.Count > 0) return Result<Commitment>.Fail(errors);
        var change = commitment.ChangeStatus(status.Value, request.On ?? time.Today(), evidence.Value, request.Note);
        if (!change.IsSuccess) return Result<Commitment>.Fail(change.Errors);
        if (expectedVersion is { } v) db.ExpectVersion(commitment, v);
        await db.SaveChangesAsync(ct);
        return commitment;
    }

    public async Task<IReadOnlyList<OverdueCommitment>> OverdueAsync(string? mechanismId = null, CancellationToken ct = default)
    {
        var open = await Commitments(mechanismId).Where(c => c.Deadline != null).ToListAsync(ct);
        return Overdue.Find(open, time.Today());
    }

    /// <summary>Compliance roll-ups, optionally for one mechanism and for commitments made in a range of years.</summary>
    public async Task<ComplianceReport> ComplianceAsync(string? mechanismId = null, int? fromYear = null, int? toYear = null, CancellationToken ct = default)
    {
        var commitments = (await Commitments(mechanismId).ToListAsync(ct))
            .Where(c => (fromYear is null || c.History[0].On.Year >= fromYear) && (toYear is null || c.History[0].On.Year <= toYear)).ToList();
        var mechanisms = await db.Mechanisms.Include(m => m.Memberships).ToDictionaryAsync(m => m.Id, ct);
        IReadOnlyList<CountryCode> MembersOf(string id, DateOnly day) => mechanisms.TryGetValue(id, out var m) ? m.MembersOn(day) : [];
        return Compliance.Roll(Compliance.Score(commitments, MembersOf));
    }

    public async Task<Result<CommitmentLink>> LinkAsync(Guid earlierId, LinkRequest request, CancellationToken ct = default)
    {
        var earlier = await db.Commitments.SingleOrDefaultAsync(c => c.Id == earlierId, ct);
        if (earlier is null) return NotFound<CommitmentLink>(earlierId);
        var laterMeeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == request.LaterMeetingId, ct);
        if (laterMeeting is null)
            return Result<CommitmentLink>.Fail("meeting.not-found", $"no meeting {request.LaterMeetingId}", "laterMeetingId");
        if (!Enum.TryParse<LineageKind>(request.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            return Result<CommitmentLink>.Fail("lineage.kind.unknown", $"'{request.Kind}' is not reaffirmed, changed or dropped", "kind");
        var later = request.LaterId is { } lid ? await db.Commitments.SingleOrDefaultAsync(c => c.Id == lid, ct) : null;
        if (request.LaterId is { } missing && later is null) return NotFound<CommitmentLink>(missing);
        var meetingIds = new[] { earlier.MeetingId }.OfType<Guid>().ToList();
        var meetings = await db.Meetings.Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var existing = await db.CommitmentLinks.Where(l => l.EarlierId == earlierId).ToListAsync(ct);
        var link = Lineage.Link(earlier, laterMeeting, kind, later, existing, meetings.GetValueOrDefault, request.Note);
        if (!link.IsSuccess) return link;
        db.CommitmentLinks.Add(link.Value);
        await db.SaveChangesAsync(ct);
        return link;
    }

    public async Task<IReadOnlyList<LineageThread>> LineageAsync(string mechanismId, CancellationToken ct = default)
    {
        var commitments = await db.Commitments.Where(c => c.MechanismId == mechanismId).ToListAsync(ct);
        var ids = commitments.Select(c => c.Id).ToList();
        var links = await db.CommitmentLinks.Where(l => ids.Contains(l.EarlierId)).ToListAsync(ct);
        var meetings = await db.Meetings.Where(m => m.MechanismId == mechanismId).ToDictionaryAsync(m => m.Id, ct);
        return Lineage.Threads(commitments, links, meetings.GetValueOrDefault);
    }

    /// <summary>
    /// Applies a bulk status file all-or-nothing: every row is checked first; with any bad row, or on a dry run,
    /// nothing is saved and every bad row is reported by line.
    /// </summary>
    public async Task<StatusImportReport> ImportStatusesAsync(TextReader csv, bool dryRun, CancellationToken ct = default)
    {
        var (rows, parseErrors) = StatusUpdateCsv.Parse(csv);
        var ids = rows.Select(r => r.CommitmentId).Distinct().ToList();
        var commitments = await db.Commitments.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var cited = StatusUpdatePlan.CitedDocuments(rows);
        var documents = (await db.Documents.Where(d => cited.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct)).ToHashSet();
        var errors = parseErrors.Concat(StatusUpdatePlan.Check(rows, commitments))
            .Concat(StatusUpdatePlan.MissingDocuments(rows, documents)).OrderBy(e => e.Line).ToList();
        var total = rows.Count + parseErrors.Select(e => e.Line).Distinct().Count();
        if (errors.Count > 0 || dryRun) return new StatusImportReport(total, errors, dryRun, Applied: false);
        StatusUpdatePlan.Apply(rows, commitments);
        await db.SaveChangesAsync(ct);
        return new StatusImportReport(total, errors, dryRun, Applied: true);
    }

    private IQueryable<Commitment> Commitments(string? mechanismId) =>
        mechanismId is null ? db.Commitments : db.Commitments.Where(c => c.MechanismId == mechanismId);

    private static Result<T> NotFound<T>(Guid id) => Result<T>.Fail("commitment.not-found", $"no commitment {id}", "id");
}
