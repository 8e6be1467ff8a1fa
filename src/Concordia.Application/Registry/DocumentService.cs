using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Registry;

/// <summary>Documents in a language, and a text found in the title or origin.</summary>
public sealed record DocumentFilter(string? Language = null, string? Q = null);

/// <summary>A document in a list: everything but its text.</summary>
public sealed record DocumentSummary(Guid Id, string? Title, string Language, Domain.Values.PartialDate? Published, string Origin,
    string ContentHash, int Length, long Version);

/// <summary>Reads source documents. They are created by ingestion, not through the registry.</summary>
public sealed class DocumentService(IConcordiaDb db)
{
    public async Task<Result<Page<DocumentSummary>>> ListAsync(DocumentFilter filter, PageRequest page, CancellationToken ct)
    {
        var query = db.Documents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Language)) query = query.Where(d => d.Language == filter.Language.Trim().ToLowerInvariant());
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim().ToLowerInvariant();
            query = query.Where(d => (d.Title != null && d.Title.ToLower().Contains(q)) || d.Origin.ToLower().Contains(q));
        }

        return await query.OrderBy(d => d.Published == null).ThenByDescending(d => d.Published).ThenBy(d => d.Id)
            .Select(d => new DocumentSummary(d.Id, d.Title, d.Language, d.Published, d.Origin, d.ContentHash, d.Text.Length, d.Version))
            .ToPageAsync(page, ct);
    }

    public async Task<Result<Document>> GetAsync(Guid id, CancellationToken ct) =>
        await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) is { } found
            ? found
            : Writes.NotFound<Document>("document", id);
}
