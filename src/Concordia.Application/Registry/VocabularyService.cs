using Concordia.Application.Abstractions;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Registry;

/// <summary>The shipped reference vocabularies: countries, meeting kinds and priority areas. Small and read-only.</summary>
public sealed class VocabularyService(IConcordiaDb db)
{
    public async Task<IReadOnlyList<Country>> CountriesAsync(CancellationToken ct) =>
        (await db.Countries.AsNoTracking().ToListAsync(ct)).OrderBy(c => c.Code.Value, StringComparer.Ordinal).ToList();

    public async Task<IReadOnlyList<MeetingKindTerm>> MeetingKindsAsync(CancellationToken ct) =>
        (await db.MeetingKinds.AsNoTracking().ToListAsync(ct)).OrderBy(k => k.Kind).ToList();

    public async Task<IReadOnlyList<PriorityArea>> PriorityAreasAsync(CancellationToken ct) =>
        await db.PriorityAreas.AsNoTracking().OrderBy(a => a.Code).ToListAsync(ct);
}
