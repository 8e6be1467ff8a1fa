using Concordia.Domain;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Values;

namespace Concordia.Application.FollowUp;

/// <summary>Evidence as a caller sends it: a document id with a span, or a URL with a note, or nothing.</summary>
public sealed record EvidenceInput(string? Url = null, string? Note = null, Guid? DocumentId = null, int? SpanStart = null, int? SpanLength = null)
{
    public Result<Evidence?> ToEvidence()
    {
        if (DocumentId is { } documentId)
        {
            if (SpanStart is not >= 0 || SpanLength is not >= 0)
                return Result<Evidence?>.Fail("evidence.span.required", "a cited document needs a span start and length", "evidence.span");
            return Evidence.FromDocument(documentId, new Span(SpanStart.Value, SpanLength.Value), Note).Map<Evidence?>(e => e);
        }

        if (!string.IsNullOrWhiteSpace(Url)) return Evidence.FromUrl(Url, Note).Map<Evidence?>(e => e);
        return Result<Evidence?>.Ok(null);
    }
}
