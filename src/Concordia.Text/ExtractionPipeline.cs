using Concordia.Domain;
using Concordia.Text.Assembly;
using Concordia.Text.Decoding;
using Concordia.Text.Languages;
using Concordia.Text.Model;
using Concordia.Text.Normalisation;
using Concordia.Text.Recognition;

namespace Concordia.Text;

/// <summary>A text to extract, with the name and encoding its record reports.</summary>
public readonly record struct ExtractionInput(string Text, string Name, string Encoding = "utf-16");

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

    /// <summary>Files' contents decoded, then extracted as one batch (see <see cref="ExtractMany(IReadOnlyList{ExtractionInput})"/>); a file that cannot be decoded fails alone.</summary>
    public static Result<ExtractedDocument>[] ExtractMany(IReadOnlyList<(byte[] Content, string Name)> files, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var results = new Result<ExtractedDocument>[files.Count];
        var decoded = new List<(int Index, ExtractionInput Input)>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            var d = TextDecoder.Decode(files[i].Content, files[i].Name, (options ?? ExtractionOptions.Default).MaxBytes);
            if (d.IsSuccess) decoded.Add((i, new ExtractionInput(d.Value.Text, files[i].Name, d.Value.Encoding)));
            else results[i] = Result<ExtractedDocument>.Fail(d.Errors);
        }
        var docs = ExtractMany([.. decoded.Select(d => d.Input)]);
        for (var k = 0; k < docs.Length; k++) results[decoded[k].Index] = docs[k];
        return results;
    }

    public static ExtractedDocument Extract(string text, string name, string encoding = "utf-16") =>
        ExtractMany([new ExtractionInput(text, name, encoding)])[0];

    /// <summary>
    /// Several documents at once, each stage over all of them before the next: the same documents as
    /// <see cref="Extract(string, string, string)"/> gives one by one, and faster, because a stage's rules, tables and
    /// compiled patterns are brought into the processor's caches once per batch instead of once per document (about a
    /// fifth of the time for batches of fifty news articles). Memory grows with the batch: a caller streaming a corpus
    /// passes a bounded number of documents at a time (<see cref="Batches{T}"/>).
    /// </summary>
    public static ExtractedDocument[] ExtractMany(IReadOnlyList<ExtractionInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var norms = new NormalisedText[inputs.Count];
        var languages = new string[inputs.Count];
        for (var i = 0; i < inputs.Count; i++) norms[i] = Normaliser.Normalise(inputs[i].Text ?? throw new ArgumentException($"input {i} has no text", nameof(inputs)));
        for (var i = 0; i < inputs.Count; i++) languages[i] = LanguageDetector.Detect(norms[i].Text.AsSpan(0, norms[i].BodyLength));
        var results = new ExtractedDocument[inputs.Count];
        var extracted = new List<int>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (ExtractedLanguages.Contains(languages[i])) extracted.Add(i);
            else results[i] = Empty(norms[i], inputs[i].Name, inputs[i].Encoding, languages[i]);
        }
        var analyses = Analysis.Many([.. extracted.Select(i => norms[i])], [.. extracted.Select(i => languages[i])]);
        var n = analyses.Length;
        var published = new FactSource?[n];
        var mentions = new List<PersonMention>[n];
        var people = new List<PersonDraft>[n];
        var meetings = new List<MeetingDraft>[n];
        var commitments = new List<CommitmentFact>[n];
        var amounts = new List<AmountFact>[n];
        for (var k = 0; k < n; k++) (analyses[k].DateContext, published[k]) = PublishedResolver.Resolve(analyses[k]);
        for (var k = 0; k < n; k++)
        {
            var a = analyses[k];
            mentions[k] = new PersonRecogniser(a.Tokens, a.Titles, a.Countries, a.Mechanisms.Concat(a.Cities).Concat(a.Kinds)).FindAll();
        }
        for (var k = 0; k < n; k++) people[k] = PeopleAssembler.Assemble(analyses[k], mentions[k]);
        for (var k = 0; k < n; k++) meetings[k] = new MeetingAssembler(analyses[k], mentions[k], people[k]).Assemble();
        for (var k = 0; k < n; k++) commitments[k] = new CommitmentAssembler(analyses[k], MainMechanism(analyses[k], meetings[k])).Assemble();
        for (var k = 0; k < n; k++) amounts[k] = AmountAssembler.Assemble(analyses[k]);
        for (var k = 0; k < n; k++)
        {
            var (a, i) = (analyses[k], extracted[k]);
            results[i] = Empty(norms[i], inputs[i].Name, inputs[i].Encoding, languages[i]) with
            {
                Extracted = true,
                Published = a.DateContext.Published,
                PublishedSource = published[k],
                Meetings = [.. meetings[k].Select(m => m.ToFact(a))],
                People = [.. people[k].Select(p => PeopleAssembler.ToFact(a, p))],
                Commitments = commitments[k],
                Amounts = amounts[k],
            };
        }
        return results;
    }

    /// <summary>The mechanism the document is about: its first meeting's, else the one it names most.</summary>
    private static string? MainMechanism(Analysis a, List<MeetingDraft> meetings) =>
        meetings.Find(m => m.Mechanism is not null)?.Mechanism
        ?? a.Mechanisms.GroupBy(m => m.Value).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;

    /// <summary>
    /// Consecutive runs of <paramref name="items"/> for <see cref="ExtractMany"/>: a batch closes at
    /// <paramref name="maxItems"/> items or as soon as their sizes reach <paramref name="maxSize"/>, so it holds at most
    /// one item past the size limit. Lazy, so a stream of any length is held a batch at a time.
    /// </summary>
    public static IEnumerable<List<T>> Batches<T>(IEnumerable<T> items, Func<T, long> size, int maxItems = 64, long maxSize = 1 << 20)
    {
        var batch = new List<T>();
        long total = 0;
        foreach (var item in items)
        {
            batch.Add(item);
            total += size(item);
            if (batch.Count < maxItems && total < maxSize) continue;
            yield return batch;
            (batch, total) = ([], 0);
        }
        if (batch.Count > 0) yield return batch;
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
