using Concordia.Application.Abstractions;
using Concordia.Application.Review;
using Concordia.Domain.Documents;
using Concordia.Text.Decoding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Concordia.Application.Ingestion;

public sealed record SampleLoadReport(int Stored, int Accepted, int LeftPending);

/// <summary>
/// Fills a new database with the shipped sample corpus so a newcomer sees a living registry. Its facts are reviewed by
/// an auto-accept confidence threshold that applies to the sample only: each is accepted through the review service,
/// like a reviewer's decision, signed <see cref="Reviewer"/>. Facts below the threshold, or that do not fit the
/// registry, stay in the queue. Re-running finishes an interrupted load; a database with other documents is left alone.
/// </summary>
public sealed partial class SampleCorpus(IngestionService ingestion, ReviewService review, IConcordiaDb db, ILogger<SampleCorpus> logger)
{
    public const double AutoAcceptConfidence = 0.65;
    public const string Reviewer = "sample-corpus";
    public const string Note = "auto-accepted: sample corpus, confidence at least 0.65";

    /// <summary>Where the build copies data/sample-corpus.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "sample-corpus");

    private static readonly FactKind[] Order = [FactKind.Meeting, FactKind.Person, FactKind.Commitment, FactKind.Amount];

    public async Task<SampleLoadReport?> LoadIfNewAsync(string folder, CancellationToken ct = default)
    {
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
        {
            LogMissing(folder);
            return null;
        }

        var contents = new List<(string Name, byte[] Bytes, string Hash)>();
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file, ct);
            var decoded = TextDecoder.Decode(bytes, file);
            if (decoded.IsSuccess) contents.Add((Path.GetFileName(file), bytes, Document.HashOf(decoded.Value.Text)));
        }

        var hashes = contents.Select(c => c.Hash).ToList();
        if (await db.Documents.AnyAsync(d => !hashes.Contains(d.ContentHash), ct)) return null;
        var stored = 0;
        foreach (var (name, bytes, _) in contents)
            if ((await ingestion.IngestAsync(name, bytes, ct)).Status == IngestStatus.Stored) stored++;
        var (accepted, left) = await AutoAcceptAsync(hashes, ct);
        LogLoaded(stored, accepted, left);
        return new SampleLoadReport(stored, accepted, left);
    }

    private async Task<(int Accepted, int Left)> AutoAcceptAsync(List<string> hashes, CancellationToken ct)
    {
        var documents = await db.Documents.AsNoTracking().Where(d => hashes.Contains(d.ContentHash)).Select(d => d.Id).ToListAsync(ct);
        var facts = await db.Facts.AsNoTracking()
            .Where(f => documents.Contains(f.DocumentId) && f.State == ReviewState.Pending && f.Confidence >= AutoAcceptConfidence - 1e-9)
            .Select(f => new { f.Id, f.Kind, f.DocumentId, f.Span.Start }).ToListAsync(ct);
        var accepted = 0;
        foreach (var f in facts.OrderBy(f => Array.IndexOf(Order, f.Kind)).ThenBy(f => f.DocumentId).ThenBy(f => f.Start))
            if ((await review.AcceptAsync(f.Id, Reviewer, Note, ct)).IsSuccess) accepted++;
        return (accepted, facts.Count - accepted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No sample corpus in {Folder}; a new database starts empty")]
    private partial void LogMissing(string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sample corpus: {Stored} document(s) stored, {Accepted} fact(s) auto-accepted, {Left} left for review")]
    private partial void LogLoaded(int stored, int accepted, int left);
}
