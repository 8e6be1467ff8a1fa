using Concordia.Domain.Values;

namespace Concordia.Domain.FollowUp;

/// <summary>What shows a status change is true: a span of a stored document, or a URL with a note saying what it shows.</summary>
public sealed record Evidence
{
    private Evidence(Guid? documentId, Span? span, string? url, string? note)
    {
        DocumentId = documentId;
        Span = span;
        Url = url;
        Note = note;
    }

    public Guid? DocumentId { get; }
    public Span? Span { get; }
    public string? Url { get; }
    public string? Note { get; }

    public static Result<Evidence> FromDocument(Guid documentId, Span span, string? note = null)
    {
        var v = new Validator()
            .Require(documentId != Guid.Empty, "evidence.documentId", "value.required", "a document is required")
            .Require(span.Length > 0, "evidence.span", "evidence.span.empty", "the cited span is empty")
            .OptionalText(note, "evidence.note", 2000);
        return v.Then(() => new Evidence(documentId, span, null, Clean(note)));
    }

    public static Result<Evidence> FromUrl(string? url, string? note)
    {
        var v = new Validator()
            .Require(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https",
                "evidence.url", "evidence.url.invalid", $"'{url}' is not an http(s) URL")
            .RequireText(note, "evidence.note", 2000);
        return v.Then(() => new Evidence(null, null, url, note!.Trim()));
    }

    /// <summary>Rebuilds stored evidence; the storage layer's way back in, not for input.</summary>
    public static Evidence? Restore(Guid? documentId, int? spanStart, int? spanLength, string? url, string? note) =>
        documentId is null && url is null
            ? null
            : new Evidence(documentId, spanStart is { } s && spanLength is { } l ? new Span(s, l) : null, url, note);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
