using Concordia.Domain.Values;

namespace Concordia.Text.Normalisation;

/// <summary>
/// The text the recognisers read: the body, then the photo captions (from <see cref="BodyLength"/> on, one a line),
/// with a map back to the original text. Boilerplate, stamps and repeated passages are listed, not included.
/// </summary>
public sealed record NormalisedText(
    string Text,
    OffsetMap Map,
    int BodyLength,
    IReadOnlyList<Span> Captions,
    IReadOnlyList<StampLine> Stamps,
    IReadOnlyList<RemovedLine> Removed)
{
    public Span ToOriginal(Span normalised) => Map.ToOriginal(normalised);

    public bool IsCaption(int offset) => offset >= BodyLength;
}

/// <summary>A date/time stamp line near the top of a page ("02:44 - 26/07/2025"): a clue for the publication date.</summary>
public sealed record StampLine(string Text, Span Original, string RuleId);

/// <summary>A line left out of the text: boilerplate, or a passage repeating <paramref name="RepeatOf"/>.</summary>
public sealed record RemovedLine(Span Original, string Reason, string RuleId, Span? RepeatOf = null);
