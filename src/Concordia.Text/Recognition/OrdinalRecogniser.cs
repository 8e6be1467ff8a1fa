using System.Globalization;
using System.Text.RegularExpressions;
using Concordia.Domain.Values;
using Concordia.Text.Lexicons;

namespace Concordia.Text.Recognition;

/// <summary>Finds ordinals ("23rd", "ninth", "lần thứ sáu"); rules in Rules/ordinals.rules.</summary>
internal static class OrdinalRecogniser
{
    private static readonly Lazy<Dictionary<string, int>> Words = new(() =>
        RuleSet.Instance.OrdinalWords.Entries.ToDictionary(e => e.Phrase, e => int.Parse(e.Value, CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase));

    public static List<OrdinalMention> Find(string text, string language, TokenStream? tokens = null)
    {
        var found = new List<OrdinalMention>();
        if (language == "en" && tokens is not null)
            foreach (var m in Phrases.EnglishOrdinalWords(tokens))
                found.Add(new OrdinalMention(Span.FromBounds(tokens.Array[m.FirstToken].Start, tokens.Array[m.EndToken - 1].End), m.RuleId,
                    int.Parse(m.Entry.Value, CultureInfo.InvariantCulture)));
        var group = RuleSet.Instance.Group("ordinals", language);
        foreach (var (rule, m) in tokens is null ? group.Matches(text) : group.ScanAtTriggers(text, tokens))
        {
            int? value = m.Groups["n"].Success ? int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture)
                : Words.Value.TryGetValue(m.Groups["w"].Value, out var w) ? w : null;
            if (value is > 0) found.Add(new OrdinalMention(new Span(m.Index, m.Length), rule.Id, value.Value));
        }
        return Overlaps.KeepLongest(found, f => f.Span);
    }
}
