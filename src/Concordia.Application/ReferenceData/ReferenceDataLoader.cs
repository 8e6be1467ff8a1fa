using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.ReferenceData;

/// <summary>Rows the loader added or changed; all zero when the database already matched the files.</summary>
public sealed record ReferenceLoadReport(int Added, int Updated)
{
    public static ReferenceLoadReport None { get; } = new(0, 0);
}

/// <summary>
/// Writes the reference registry into the database, idempotently: rows are matched by their natural keys
/// (country code, mechanism id, (mechanism, country), meeting-kind slug, priority-area code), missing ones are
/// added and changed labels are updated. Memberships present in the database but not in the files are kept,
/// since a user may have recorded them.
/// </summary>
public sealed class ReferenceDataLoader(IConcordiaDb db)
{
    public async Task<Result<ReferenceLoadReport>> LoadAsync(ReferenceDataSet data, CancellationToken cancellationToken = default)
    {
        var tally = new Tally();
        var errors = new List<Error>();
        await LoadCountriesAsync(data.Countries, tally, errors, cancellationToken);
        await LoadMechanismsAsync(data, tally, errors, cancellationToken);
        await LoadKindsAsync(data.MeetingKinds, tally, errors, cancellationToken);
        await LoadAreasAsync(data.PriorityAreas, tally, errors, cancellationToken);
        if (errors.Count > 0) return Result<ReferenceLoadReport>.Fail(errors);
        var written = await db.SaveChangesAsync(cancellationToken);
        return new ReferenceLoadReport(tally.Added, written - tally.Added);
    }

    private async Task LoadCountriesAsync(IReadOnlyList<CountryRow> rows, Tally tally, List<Error> errors, CancellationToken ct)
    {
        var existing = (await db.Countries.ToListAsync(ct)).ToDictionary(c => c.Code.Value);
        foreach (var row in rows)
        {
            if (existing.TryGetValue(row.Code.ToUpperInvariant(), out var country)) Collect(country.Rename(row.NameEn, row.NameVi), row.Code, errors);
            else if (Collect(Country.Create(row.Code, row.NameEn, row.NameVi), row.Code, errors) is { } created)
            {
                db.Countries.Add(created);
                existing[created.Code.Value] = created;
                tally.Added++;
            }
        }
    }

    private async Task LoadMechanismsAsync(ReferenceDataSet data, Tally tally, List<Error> errors, CancellationToken ct)
    {
        var existing = (await db.Mechanisms.Include(m => m.Memberships).ToListAsync(ct)).ToDictionary(m => m.Id);
        foreach (var row in data.Mechanisms)
        {
            Mechanism? mechanism;
            if (existing.TryGetValue(row.Id, out mechanism)) Collect(mechanism.Update(row.Name, row.ShortName, row.Notes), row.Id, errors);
            else if ((mechanism = Collect(Mechanism.Create(row.Id, row.Name, row.ShortName, row.Notes), row.Id, errors)) is not null)
            {
                db.Mechanisms.Add(mechanism);
                tally.Added++;
            }

            if (mechanism is not null) LoadMembers(mechanism, row, data, tally, errors);
        }
    }

    /// <summary>Adds missing members with their joining date; fills the date of a member recorded without one.</summary>
    private static void LoadMembers(Mechanism mechanism, MechanismRow row, ReferenceDataSet data, Tally tally, List<Error> errors)
    {
        foreach (var member in row.Members)
        {
            var since = data.SinceOf(row.Id, member);
            var current = mechanism.Memberships.Where(m => m.Country == member).ToList();
            if (current.Count == 0)
            {
                if (Collect(mechanism.AddMembership(member, since, null), $"{row.Id}/{member}", errors) is not null) tally.Added++;
            }
            else if (since is not null && current is [{ From: null } only])
            {
                Collect(only.ChangePeriod(since, only.To, mechanism.Memberships), $"{row.Id}/{member}", errors);
            }
        }
    }

    private async Task LoadKindsAsync(IReadOnlyList<MeetingKindRow> rows, Tally tally, List<Error> errors, CancellationToken ct)
    {
        var existing = (await db.MeetingKinds.ToListAsync(ct)).ToDictionary(k => k.Kind);
        foreach (var row in rows)
        {
            var kind = MeetingKinds.Parse(row.Slug);
            if (kind.IsSuccess && existing.TryGetValue(kind.Value, out var term)) Collect(term.Relabel(row.NameEn, row.NameVi), row.Slug, errors);
            else if (Collect(MeetingKindTerm.Create(row.Slug, row.NameEn, row.NameVi), row.Slug, errors) is { } created)
            {
                db.MeetingKinds.Add(created);
                existing[created.Kind] = created;
                tally.Added++;
            }
        }
    }

    private async Task LoadAreasAsync(IReadOnlyList<PriorityAreaRow> rows, Tally tally, List<Error> errors, CancellationToken ct)
    {
        var existing = (await db.PriorityAreas.ToListAsync(ct)).ToDictionary(a => a.Code);
        foreach (var row in rows)
        {
            if (existing.TryGetValue(row.Code, out var area)) Collect(area.Update(row.NameEn, row.NameVi, row.Sdgs), row.Code, errors);
            else if (Collect(PriorityArea.Create(row.Code, row.NameEn, row.NameVi, row.Sdgs), row.Code, errors) is { } created)
            {
                db.PriorityAreas.Add(created);
                existing[created.Code] = created;
                tally.Added++;
            }
        }
    }

    private static T? Collect<T>(Result<T> result, string key, List<Error> errors) where T : class
    {
        if (result.IsSuccess) return result.Value;
        errors.AddRange(result.Errors.Select(e => e with { Message = $"{key}: {e.Message}" }));
        return null;
    }

    private sealed class Tally
    {
        public int Added { get; set; }
    }
}
