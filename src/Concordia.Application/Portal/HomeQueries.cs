using Concordia.Application.Abstractions;
using Concordia.Application.FollowUp;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Concordia.Domain;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Portal;

public sealed record MechanismGlance(
    MechanismRef Mechanism,
    int Members,
    MeetingRef? LastMeeting,
    MeetingRef? NextMeeting,
    int OpenCommitments,
    int OverdueCommitments);

/// <summary>The home page; with more than <see cref="HomeQueries.GlanceRows"/> mechanisms it shows the most recently active.</summary>
public sealed record HomeView(IReadOnlyList<MechanismGlance> Mechanisms, int TotalMechanisms, IReadOnlyList<DocumentRef> RecentDocuments);

/// <summary>
/// The home page: every mechanism at a glance (last held and next planned meeting, members, open and overdue
/// commitments), and the latest documents. Meetings are aggregated in the database, since there may be many.
/// </summary>
public sealed class HomeQueries(IConcordiaDb db, TimeProvider clock, PortalVocabulary vocabulary, HomeSnapshot snapshot)
{
    public const int RecentDocumentCount = 10;
    public const int GlanceRows = 100;

    /// <summary>The summary as of at most <see cref="HomeSnapshot"/>'s age: it reads every meeting and open commitment.</summary>
    public Task<HomeView> GetAsync(CancellationToken ct = default) => snapshot.GetAsync(ComputeAsync, ct);

    public async Task<HomeView> ComputeAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        var lookups = await vocabulary.GetAsync(db, ct);
        var members = (await db.Memberships.AsNoTracking().Where(m => m.Kind == MembershipKind.Member).ToListAsync(ct))
            .Where(m => m.IsActiveOn(today)).GroupBy(m => m.MechanismId).ToDictionary(g => g.Key, g => g.Select(m => m.Country).Distinct().Count());
        var last = await EndOfSeriesAsync(MeetingStatus.Held, latest: true, ct);
        var next = await EndOfSeriesAsync(MeetingStatus.Planned, latest: false, ct);
        var open = (await db.Commitments.AsNoTracking()
                .Where(c => c.MechanismId != null && (c.Status == CommitmentStatus.Proposed || c.Status == CommitmentStatus.Agreed
                    || c.Status == CommitmentStatus.InProgress || c.Status == CommitmentStatus.PartlyFulfilled))
                .Select(c => new { c.MechanismId, c.Deadline })
                .ToListAsync(ct))
            .GroupBy(c => c.MechanismId!)
            .ToDictionary(g => g.Key, g => (Open: g.Count(), Overdue: g.Count(c => c.Deadline is { } d && Periods.IsPast(d, today))));

        var glances = lookups.Mechanisms.Select(m => new MechanismGlance(
            lookups.Mechanism(m.Id)!,
            members.GetValueOrDefault(m.Id),
            last.TryGetValue(m.Id, out var l) ? lookups.Meeting(l) : null,
            next.TryGetValue(m.Id, out var n) ? lookups.Meeting(n) : null,
            open.TryGetValue(m.Id, out var o) ? o.Open : 0,
            open.TryGetValue(m.Id, out var od) ? od.Overdue : 0)).ToList();
        var shown = glances.Count <= GlanceRows
            ? glances
            : glances.OrderByDescending(g => g.LastMeeting?.Start).Take(GlanceRows).OrderBy(g => g.Mechanism.Name, StringComparer.Ordinal).ToList();
        return new HomeView(shown, glances.Count, await RecentDocumentsAsync(ct));
    }

    /// <summary>
    /// Per mechanism, the latest meeting with <paramref name="status"/> (or the earliest, for planned ones). Start
    /// dates are stored as ISO text, which sorts in date order, so the database finds the extreme of each group.
    /// </summary>
    private async Task<Dictionary<string, Meeting>> EndOfSeriesAsync(MeetingStatus status, bool latest, CancellationToken ct)
    {
        var candidates = db.Meetings.AsNoTracking().Where(m => m.MechanismId != null && m.Status == status && m.Start != null);
        var ends = latest
            ? await candidates.GroupBy(m => m.MechanismId).Select(g => g.Max(m => m.Start)).ToListAsync(ct)
            : await candidates.GroupBy(m => m.MechanismId).Select(g => g.Min(m => m.Start)).ToListAsync(ct);
        if (ends.Count == 0) return [];
        var found = await candidates.Where(m => ends.Contains(m.Start)).ToListAsync(ct);
        return found.GroupBy(m => m.MechanismId!).ToDictionary(g => g.Key, g =>
        {
            var edge = latest ? g.Max(m => m.Start) : g.Min(m => m.Start);
            return g.Where(m => m.Start == edge).OrderBy(m => m.Ordinal).First();
        });
    }

    /// <summary>The documents added last: ids are time-ordered (UUID version 7), so the primary key gives the order.</summary>
    private async Task<List<DocumentRef>> RecentDocumentsAsync(CancellationToken ct)
    {
        var documents = await db.Documents.AsNoTracking()
            .OrderByDescending(d => d.Id)
            .Take(RecentDocumentCount)
            .Select(d => new { d.Id, d.Title, d.Language, d.Published, d.Origin })
            .ToListAsync(ct);
        return documents.Select(d => new DocumentRef(d.Id, d.Title, d.Language, d.Published, d.Origin)).ToList();
    }
}
