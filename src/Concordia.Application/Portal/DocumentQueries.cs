using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Documents;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Portal;

/// <summary>
/// An extracted fact as the reader lists it: where it is in the original (<see cref="Span"/>) and in the normalised
/// text (<see cref="Shown"/>, null when normalising left the passage out), what it claims, and what it became.
/// </summary>
public sealed record FactMark(Guid Id, FactKind Kind, Span Span, Span? Shown, string Quote, string Payload, ReviewState State, double Confidence,
    IReadOnlyList<string> RuleIds, Guid? RecordId);

/// <summary>A run of the text; <see cref="FactIds"/> are the facts whose spans cover it (none for plain text).</summary>
public sealed record TextSegment(string Text, IReadOnlyList<Guid> FactIds);

/// <summary>
/// The reader's view: the normalised <see cref="Text"/> cut into <see cref="Segments"/>, and the <see cref="Original"/>
/// as decoded at ingest (markup and all), which only ever goes to the page as encoded text.
/// </summary>
public sealed record DocumentView(DocumentRef Document, string ContentHash, string Text, string Original, IReadOnlyList<TextSegment> Segments,
    IReadOnlyList<FactMark> Facts);

/// <summary>The document reader: the normalised text cut into runs at every fact boundary, so each fact can be marked.</summary>
public sealed class DocumentQueries(IConcordiaDb db)
{
    public async Task<Result<DocumentView>> GetAsync(Guid id, CancellationToken ct = default)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (document is null) return Result<DocumentView>.Fail("document.not-found", $"There is no document {id}", "id");
        var facts = await db.Facts.AsNoTracking().Where(f => f.DocumentId == id).ToListAsync(ct);
        var reading = NormalisedReading.Of(document.Text);
        var marks = facts
            .Where(f => f.Span.End <= document.Text.Length)
            .OrderBy(f => f.Span.Start).ThenByDescending(f => f.Span.Length)
            .Select(f => new FactMark(f.Id, f.Kind, f.Span, reading.Find(f.Span), document.Text.Substring(f.Span.Start, f.Span.Length), f.Payload,
                f.State, f.Confidence, f.RuleIds, f.RecordId))
            .ToList();
        return new DocumentView(new DocumentRef(document.Id, document.Title, document.Language, document.Published, document.Origin),
            document.ContentHash, reading.Text, document.Text, Segment(reading.Text, marks), marks);
    }

    /// <summary>
    /// Cuts <paramref name="text"/> at the boundary of every shown fact; overlapping facts share the runs they both
    /// cover, in the order of <paramref name="marks"/>.
    /// </summary>
    public static IReadOnlyList<TextSegment> Segment(string text, IReadOnlyList<FactMark> marks)
    {
        var shown = marks.Where(m => m.Shown is { } s && s.End <= text.Length).Select(m => (m.Id, Span: m.Shown!.Value)).ToList();
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var m in shown)
        {
            cuts.Add(m.Span.Start);
            cuts.Add(m.Span.End);
        }

        var bounds = cuts.ToArray();
        var segments = new List<TextSegment>(bounds.Length);
        for (var i = 0; i + 1 < bounds.Length; i++)
        {
            var run = new Span(bounds[i], bounds[i + 1] - bounds[i]);
            if (run.Length == 0) continue;
            var covering = shown.Where(m => m.Span.Contains(run)).Select(m => m.Id).ToList();
            segments.Add(new TextSegment(text.Substring(run.Start, run.Length), covering));
        }

        return segments;
    }
}
