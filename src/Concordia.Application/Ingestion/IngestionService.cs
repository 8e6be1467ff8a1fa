using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Documents;
using Concordia.Text;
using Concordia.Text.Decoding;
using Concordia.Text.Duplicates;
using Concordia.Text.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Concordia.Application.Ingestion;

/// <summary>
/// Stores documents and their extracted facts (pending review). Idempotent by content hash; each document is saved
/// with its facts in one transaction, so an interrupted run leaves whole documents only and a re-run completes it.
/// </summary>
public sealed partial class IngestionService(IConcordiaDb db, ILogger<IngestionService> logger)
{
    /// <summary>Language stored for text whose language could not be told; it is kept and searchable.</summary>
    public const string UnknownLanguage = "xx";

    private const int TitleLength = 200;
    private NearDuplicateIndex? _duplicates;

    public async Task<IngestOutcome> IngestAsync(string name, byte[] content, CancellationToken ct = default)
    {
        var decoded = TextDecoder.Decode(content, name);
        if (!decoded.IsSuccess) return IngestOutcome.Failed(name, decoded.Error!);
        var text = decoded.Value.Text;
        var hash = Document.HashOf(text);
        var existing = await db.Documents.AsNoTracking().Where(d => d.ContentHash == hash).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
        if (existing is not null) return new IngestOutcome(name, IngestStatus.AlreadyStored, existing);

        var extracted = ExtractionPipeline.Extract(text, name, decoded.Value.Encoding);
        var created = Document.Create(text, StoredLanguage(extracted.Language), name, extracted.Published, TitleOf(extracted));
        if (!created.IsSuccess) return IngestOutcome.Failed(name, created.Error!);
        var document = created.Value;
        var facts = FactPayloads.FactsOf(extracted, document.Id).Where(f => f.IsSuccess).Select(f => f.Value).ToList();
        var duplicates = await DuplicatesAsync(ct);
        var signature = NearDuplicateIndex.Signature(text);
        document.RecordSignature(NearDuplicateIndex.ToBytes(signature) ?? []);
        if (duplicates.Add(document.Id.ToString(), signature) is { } original) document.MarkDuplicateOf(Guid.Parse(original));
        return await SaveAsync(name, document, facts, hash, ct);
    }

    private async Task<IngestOutcome> SaveAsync(string name, Document document, List<Fact> facts, string hash, CancellationToken ct)
    {
        db.Documents.Add(document);
        db.Facts.AddRange(facts);
        try
        {
            await db.SaveChangesAsync(ct);
            LogStored(document.Id, document.Language, facts.Count);
            return new IngestOutcome(name, IngestStatus.Stored, document.Id, document.Language, facts.Count, document.DuplicateOfId);
        }
        catch (DbUpdateException)
        {
            _duplicates = null;
            // Another writer may have stored the same content between our check and our save.
            if (await db.Documents.AsNoTracking().AnyAsync(d => d.ContentHash == hash, ct)) return new IngestOutcome(name, IngestStatus.AlreadyStored);
            throw;
        }
        catch (OperationCanceledException)
        {
            _duplicates = null;
            throw;
        }
        finally
        {
            db.Entry(document).State = EntityState.Detached;
            foreach (var fact in facts) db.Entry(fact).State = EntityState.Detached;
        }
    }

    /// <summary>
    /// The near-duplicate index over every stored document, in storage order, built on first use from the stored
    /// signatures. Documents stored before signatures were kept get theirs from their text, saved in batches.
    /// </summary>
    private async Task<NearDuplicateIndex> DuplicatesAsync(CancellationToken ct)
    {
        if (_duplicates is not null) return _duplicates;
        await BackfillSignaturesAsync(ct);
        var index = new NearDuplicateIndex();
        await foreach (var d in db.Documents.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.Id, d.Signature }).AsAsyncEnumerable().WithCancellation(ct))
            index.Add(d.Id.ToString(), NearDuplicateIndex.FromBytes(d.Signature));
        return _duplicates = index;
    }

    private async Task BackfillSignaturesAsync(CancellationToken ct)
    {
        const int batch = 200;
        var missing = await db.Documents.AsNoTracking().Where(d => d.Signature == null).Select(d => d.Id).ToListAsync(ct);
        foreach (var ids in missing.Chunk(batch))
        {
            var documents = await db.Documents.Where(d => ids.Contains(d.Id)).ToListAsync(ct);
            foreach (var d in documents) d.RecordSignature(NearDuplicateIndex.ToBytes(NearDuplicateIndex.Signature(d.Text)) ?? []);
            await db.SaveChangesAsync(ct);
            foreach (var d in documents) db.Entry(d).State = EntityState.Detached;
        }
    }

    private static string StoredLanguage(string language) =>
        language is { Length: 2 } && language.All(char.IsAsciiLetterLower) ? language : UnknownLanguage;

    private static string? TitleOf(ExtractedDocument extracted)
    {
        var body = extracted.Text.AsSpan(0, Math.Min(extracted.BodyLength, extracted.Text.Length));
        foreach (var line in body.EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0) return (trimmed.Length > TitleLength ? trimmed[..TitleLength] : trimmed).ToString();
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored document {DocumentId} ({Language}) with {Facts} fact(s) pending review")]
    private partial void LogStored(Guid documentId, string language, int facts);
}
