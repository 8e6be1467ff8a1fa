using Concordia.Application.Abstractions;
using Concordia.Application.FollowUp;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Portal;

public sealed record MechanismGlance(
    MechanismRef Mechanism,
    int Members,
    MeetingRef? LastMeeting,
    MeetingRef? NextMeeting,
    int OpenCommitments,
    int OverdueCommitments);

public sealed record HomeView(IReadOnlyList<MechanismGlance> Mechanisms, IReadOnlyList<DocumentRef> RecentDocuments);

/// <summary>The home page: every mechanism at a glance, and the latest documents.</summary>
public sealed class HomeQueries(IConcordiaDb db, TimeProvider clock)
{
    public const int RecentDocumentCount = 10;

    public async Task<HomeView> GetAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        var lookups = await PortalLookups.LoadAsync(db, ct);
        var memberships = await db.Memberships.AsNoTracking().ToListAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.MechanismId != null).ToListAsync(ct);
        var commitments = await db.Commitments.AsNoTracking().Where(c => c.MechanismId != null).ToListAsync(ct);

        var glances = lookups.Mechanisms.Select(m => new MechanismGlance(
            lookups.Mechanism(m.Id)!,
            memberships.Where(x => x.MechanismId == m.Id && x.Kind == MembershipKind.Member && x.IsActiveOn(today))
                .Select(x => x.Country).Distinct().Count(),
            Last(meetings.Where(x => x.MechanismId == m.Id), today) is { } last ? lookups.Meeting(last) : null,
            Next(meetings.Where(x => x.MechanismId == m.Id), today) is { } next ? lookups.Meeting(next) : null,
            commitments.Count(c => c.MechanismId == m.Id && CommitmentStatuses.IsOpen(c.Status)),
            commitments.Count(c => c.MechanismId == m.Id && c.IsOverdue(today)))).ToList();

        var documents = await db.Documents.AsNoTracking()
            .OrderByDescending(d => d.Published).ThenByDescending(d => d.Id)
            .Take(RecentDocumentCount)
            .Select(d => new { d.Id, d.Title, d.Language, d.Published, d.Origin })
            .ToListAsync(ct);
        return new HomeView(glances, documents.Select(d => new DocumentRef(d.Id, d.Title, d.Language, d.Published, d.Origin)).ToList());
    }

    /// <summary>The latest meeting that has begun by <paramref name="today"/> and was not called off.</summary>
    public static Meeting? Last(IEnumerable<Meeting> meetings, DateOnly today) =>
        meetings.Where(m => m.Start?.Start is { } s && s <= today && m.Status is MeetingStatus.Held or MeetingStatus.Planned)
            .MaxBy(m => m.Start!.Value.Start!.Value);

    /// <summary>The earliest meeting planned after <paramref name="today"/>.</summary>
    public static Meeting? Next(IEnumerable<Meeting> meetings, DateOnly today) =>
        meetings.Where(m => m.Start?.Start is { } s && s > today && m.Status is MeetingStatus.Planned or MeetingStatus.Held)
            .MinBy(m => m.Start!.Value.Start!.Value);
}
