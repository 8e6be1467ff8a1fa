using System.Globalization;
using Concordia.Application.Abstractions;
using Concordia.Application.FollowUp;
using Concordia.Domain;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Values;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Portal;

/// <summary>The tracker's filter; every field is optional. <see cref="DueBy"/> keeps deadlines ending by that year.</summary>
public sealed record CommitmentFilter(
    string? Mechanism = null,
    string? Member = null,
    string? Area = null,
    string? Status = null,
    int? DueBy = null,
    bool OverdueOnly = false);

public sealed record TrackerView(CommitmentFilter Filter, IReadOnlyList<CommitmentRow> Rows, ComplianceSummary Summary);

/// <summary>The commitment tracker: filter by mechanism, member, area, status and deadline; overdue ones first.</summary>
public sealed class CommitmentQueries(IConcordiaDb db, TimeProvider clock, PortalVocabulary vocabulary)
{
    public async Task<Result<TrackerView>> FindAsync(CommitmentFilter filter, CancellationToken ct = default)
    {
        var errors = Validate(filter, out var status, out var member);
        if (errors.Count > 0) return Result<TrackerView>.Fail(errors);

        var query = db.Commitments.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Mechanism)) query = query.Where(c => c.MechanismId == filter.Mechanism);
        if (!string.IsNullOrWhiteSpace(filter.Area)) query = query.Where(c => c.PriorityArea == filter.Area);
        if (status is { } s) query = query.Where(c => c.Status == s);
        var found = await query.ToListAsync(ct);

        var today = clock.Today();
        var memberOf = member is { } code
            ? (await db.Memberships.AsNoTracking().Where(x => x.Country == code).Select(x => x.MechanismId).ToListAsync(ct)).ToHashSet()
            : [];
        // A joint undertaking (no named parties) binds every member of its mechanism.
        var selected = found
            .Where(c => member is not { } m || c.Parties.Contains(m)
                        || (c.Parties.Count == 0 && c.MechanismId is { } mid && memberOf.Contains(mid)))
            .Where(c => filter.DueBy is not { } y || c.Deadline?.End is { } end && end.Year <= y)
            .Where(c => !filter.OverdueOnly || c.IsOverdue(today))
            .ToList();
        var lookups = await vocabulary.GetAsync(db, ct);
        var rows = (await lookups.CommitmentRowsAsync(db, selected, today, ct))
            .OrderByDescending(r => r.IsOverdue)
            .ThenBy(r => r.Deadline?.Start ?? DateOnly.MaxValue)
            .ThenBy(r => r.Action, StringComparer.Ordinal)
            .ToList();
        return new TrackerView(filter, rows, ComplianceSummary.Of(rows));
    }

    /// <summary>Writes rows as CSV (UTF-8, invariant numbers and ISO dates) for the tracker's download.</summary>
    public static async Task WriteCsvAsync(IEnumerable<CommitmentRow> rows, TextWriter writer, CancellationToken ct = default)
    {
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var header in new[] { "id", "action", "kind", "status", "mechanism", "meeting", "parties", "area", "deadline", "target", "overdue", "score" })
            csv.WriteField(header);
        await csv.NextRecordAsync();
        foreach (var r in rows)
        {
            ct.ThrowIfCancellationRequested();
            csv.WriteField(r.Id);
            csv.WriteField(r.Action);
            csv.WriteField(r.Kind.ToString().ToLowerInvariant());
            csv.WriteField(r.Status.ToSlug());
            csv.WriteField(r.Mechanism?.Id);
            csv.WriteField(r.Meeting?.Id);
            csv.WriteField(string.Join(' ', r.Parties.Select(p => p.Code)));
            csv.WriteField(r.AreaCode);
            csv.WriteField(r.Deadline?.ToString());
            csv.WriteField(r.Target?.ToString());
            csv.WriteField(r.IsOverdue ? "yes" : "no");
            csv.WriteField(r.Score?.ToString(CultureInfo.InvariantCulture));
            await csv.NextRecordAsync();
        }
    }

    private static List<Error> Validate(CommitmentFilter f, out CommitmentStatus? status, out CountryCode? member)
    {
        var errors = new List<Error>();
        status = null;
        member = null;
        if (!string.IsNullOrWhiteSpace(f.Status))
        {
            var parsed = CommitmentStatuses.Parse(f.Status);
            if (parsed.IsSuccess) status = parsed.Value;
            else errors.Add(parsed.Error!);
        }

        if (!string.IsNullOrWhiteSpace(f.Member))
        {
            var parsed = CountryCode.Parse(f.Member);
            if (parsed.IsSuccess) member = parsed.Value;
            else errors.Add(parsed.Error!.WithField("member"));
        }

        if (f.DueBy is < 1945 or > 2200) errors.Add(new Error("year.range", $"{f.DueBy} is not a plausible year", "dueBy"));
        return errors;
    }
}
