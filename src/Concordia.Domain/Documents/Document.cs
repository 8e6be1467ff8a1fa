using System.Security.Cryptography;
using System.Text;
using Concordia.Domain.Values;

namespace Concordia.Domain.Documents;

/// <summary>A source text (statement, news, minutes) with its language, date, origin and a hash of its content.</summary>
public sealed class Document : IdentifiedEntity
{
    private Document()
    {
        Language = "";
        Origin = "";
        ContentHash = "";
        Text = "";
    }

    public string? Title { get; private set; }

    /// <summary>ISO 639-1 code of the main text ("en", "vi").</summary>
    public string Language { get; private set; }

    public PartialDate? Published { get; private set; }

    /// <summary>Where the text came from: a URL or a file name.</summary>
    public string Origin { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text; equal texts are the same document.</summary>
    public string ContentHash { get; private set; }

    public string Text { get; private set; }

    /// <summary>The earlier document this one repeats nearly word for word (one story from two outlets), when flagged.</summary>
    public Guid? DuplicateOfId { get; private set; }

    /// <summary>
    /// The text's near-duplicate signature (MinHash, kept by ingestion so a later run compares new documents without
    /// reading every stored text again); empty when the text is too short to have one, null when not computed yet.
    /// </summary>
    public byte[]? Signature { get; private set; }

    public static Result<Document> Create(string? text, string? language, string? origin, PartialDate? published = null, string? title = null)
    {
        var v = new Validator()
            .Require(!string.IsNullOrEmpty(text), "text", "value.required", "a document needs text")
            .Require(language is { Length: 2 } && language.All(char.IsAsciiLetterLower), "language", "language.invalid",
                $"'{language}' is not an ISO 639-1 code")
            .RequireText(origin, "origin", 2000)
            .OptionalText(title, "title", 500);
        return v.Then(() => new Document
        {
            Text = text!, Language = language!, Origin = origin!.Trim(), Published = published,
            Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim(), ContentHash = HashOf(text!),
        });
    }

    public Result<Document> MarkDuplicateOf(Guid originalId)
    {
        if (originalId == Id || originalId == Guid.Empty)
            return Result<Document>.Fail("document.duplicate.self", "a document cannot repeat itself", "duplicateOfId");
        DuplicateOfId = originalId;
        return this;
    }

    public void RecordSignature(byte[]? signature) => Signature = signature;

    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The text a span covers, or an error when the span runs past the end.</summary>
    public Result<string> Quote(Span span) =>
        span.End <= Text.Length
            ? Text.Substring(span.Start, span.Length)
            : Result<string>.Fail("span.out-of-range", $"span {span} runs past the end ({Text.Length})", "span");
}
