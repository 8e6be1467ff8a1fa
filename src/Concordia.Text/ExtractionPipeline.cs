using Concordia.Domain;
using Concordia.Text.Assembly;
using Concordia.Text.Decoding;
using Concordia.Text.Languages;
using Concordia.Text.Model;
using Concordia.Text.Normalisation;
using Concordia.Text.Recognition;

namespace Concordia.Text;

public sealed record ExtractionOptions
{
    public static readonly ExtractionOptions Default = new();

    /// <summary>Larger inputs are refused (decode.too-large).</summary>
    public long MaxBytes { get; init; } = TextDecoder.DefaultMaxBytes;
}

/// <summary>
/// The whole extraction: decode → normalise → detect language → recognise → resolve → assemble facts.
/// Pure and synchronous; safe to call from many threads at once.
/// </summary>
public static class ExtractionPipeline
{
    public static readonly IReadOnlyList<string> ExtractedLanguages = ["en", "vi"];

    public static Result<ExtractedDocument> Extract(byte[] content, string name, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var decoded = TextDecoder.Decode(content, name, (options ?? ExtractionOptions.Default).MaxBytes);
        return decoded.IsSuccess ? Extract(decoded.Value.Text, name, decoded.Value.Encoding) : Result<ExtractedDocument>.Fail(decoded.Errors);
    }

    public static ExtractedDocument Extract(string text, string name, string encoding = "utf-16")
    {
        ArgumentNullException.ThrowIfNull(text);
        var norm = Normaliser.Normalise(text);
        var language = LanguageDetector.Detect(norm.Text.AsSpan(0, norm.BodyLength));
        if (!ExtractedLanguages.Contains(language)) return Empty(norm, name, encoding, language);
        var a = new Analysis(norm, language);
        var (context, publishedSource) = PublishedResolver.Resolve(a);
        a.DateContext = context;
        var blockers = a.Mechanisms.Concat(a.Cities).Concat(a.Kinds);
        var mentions = new PersonRecogniser(a.Tokens, a.Titles, a.Countries, blockers).FindAll();
        var people = PeopleAssembler.Assemble(a, mentions);
        var meetings = new MeetingAssembler(a, mentions, people).Assemble();
        var main = meetings.Find(m => m.Mechanism is not null)?.Mechanism
            ?? a.Mechanisms.GroupBy(m => m.Value).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        return Empty(norm, name, encoding, language) with
        {
            Extracted = true,
            Published = context.Published,
            PublishedSource = publishedSource,
            Meetings = [.. meetings.Select(m => m.ToFact(a))],
            People = [.. people.Select(p => PeopleAssembler.ToFact(a, p))],
            Commitments = new CommitmentAssembler(a, main).Assemble(),
            Amounts = AmountAssembler.Assemble(a),
        };
    }

    private static ExtractedDocument Empty(NormalisedText norm, string name, string encoding, string language) => new()
    {
        Name = name,
        Encoding = encoding,
        Language = language,
        Extracted = false,
        Text = norm.Text,
        BodyLength = norm.BodyLength,
        Captions = [.. norm.Captions.Select(c => new CaptionText(norm.Text.Substring(c.Start, c.Length), c, norm.ToOriginal(c)))],
        Removed = [.. norm.Removed.Select(r => new RemovedPassage(r.Original, r.Reason, r.RuleId, r.RepeatOf))],
        Meetings = [],
        People = [],
        Commitments = [],
        Amounts = [],
    };
}
