using Concordia.Domain.Values;

namespace Concordia.Text.Model;

/// <summary>
/// Everything extracted from one document. Spans in facts index the original (decoded) text; spans named
/// <c>Normalised</c> index <see cref="Text"/>. Serialisable with System.Text.Json (see <see cref="FactJson"/>).
/// </summary>
public sealed record ExtractedDocument
{
    public required string Name { get; init; }
    public required string Encoding { get; init; }
    /// <summary>ISO 639-1 code ("en", "vi"), or "und" when no language could be told.</summary>
    public required string Language { get; init; }
    /// <summary>False for languages the rules do not cover: the text is kept and searchable, no facts are read.</summary>
    public required bool Extracted { get; init; }
    public required string Text { get; init; }
    public required int BodyLength { get; init; }
    public PartialDate? Published { get; init; }
    public FactSource? PublishedSource { get; init; }
    public required IReadOnlyList<CaptionText> Captions { get; init; }
    public required IReadOnlyList<RemovedPassage> Removed { get; init; }
    public required IReadOnlyList<MeetingFact> Meetings { get; init; }
    public required IReadOnlyList<PersonFact> People { get; init; }
    public required IReadOnlyList<CommitmentFact> Commitments { get; init; }
    public required IReadOnlyList<AmountFact> Amounts { get; init; }
}

/// <summary>Where a fact came from: the rules that produced it, its span in the original text, and a confidence in [0, 1].</summary>
public sealed record FactSource(IReadOnlyList<string> RuleIds, Span Span, double Confidence);

public sealed record CaptionText(string Text, Span Normalised, Span Original);

/// <summary>A passage left out: boilerplate, or a repeat of the passage at <paramref name="RepeatOf"/>.</summary>
public sealed record RemovedPassage(Span Original, string Reason, string RuleId, Span? RepeatOf);

public sealed record MeetingRef(string? Mechanism, string? Kind, int? Ordinal);

public sealed record MeetingFact(
    string? Mechanism,
    string Kind,
    int? Ordinal,
    PartialDate? Date,
    string? City,
    IReadOnlyList<string> CoChairs,
    MeetingRef? Within,
    FactSource Source);

public sealed record PersonFact(string Name, CountryCode? Country, IReadOnlyList<string> Roles, FactSource Source);

public sealed record CommitmentFact(
    string? Mechanism,
    string Kind,
    IReadOnlyList<string> Actors,
    string Action,
    PartialDate? Deadline,
    FactSource Source);

public sealed record AmountFact(Money Value, string Subject, FactSource Source);
