using System.Globalization;
using System.Text.RegularExpressions;
using Concordia.Domain.Values;
using Concordia.Text.Lexicons;

namespace Concordia.Text.Recognition;

/// <summary>Finds money amounts (rules in Rules/money.rules) and reads them with the language's number separators.</summary>
internal static class MoneyRecogniser
{
    private static readonly Lazy<Dictionary<string, (string Value, string Kind)>> Units = new(() =>
        RuleSet.Instance.MoneyUnits.Entries.ToDictionary(e => e.Phrase, e => (e.Value, e.Extra ?? ""), StringComparer.Ordinal));

    /// <param name="tokens">The text's tokens, when known: rules with trigger words are then tried only at those words.</param>
    public static List<MoneyMention> Find(string text, string language, TokenStream? tokens = null)
    {
        var found = new List<MoneyMention>();
        var group = RuleSet.Instance.Group("money", language);
        foreach (var (rule, m) in tokens is null ? group.Matches(text) : group.ScanAtTriggers(text, tokens))
            if (Read(m, rule.Id, language) is { } money) found.Add(new MoneyMention(new Span(m.Index, m.Length), rule.Id, money));
        return Overlaps.KeepLongest(found, f => f.Span);
    }

    private static Money? Read(Match m, string ruleId, string language)
    {
        if (!Units.Value.TryGetValue(m.Groups["cur"].Value, out var cur) || cur.Kind != "currency") return null;
        var scale = 1m;
        if (m.Groups["scale"].Success)
        {
            if (!Units.Value.TryGetValue(m.Groups["scale"].Value, out var s)) return null;
            scale = decimal.Parse(s.Value, CultureInfo.InvariantCulture);
        }
        else if (ruleId.StartsWith("vi.", StringComparison.Ordinal)) return null;
        if (ParseNumber(m.Groups["num"].Value, language) is not { } n) return null;
        return new Money(n * scale, Currency.Of(cur.Value));
    }

    /// <summary>"47,512" is 47512 in English and 47.512 in Vietnamese ("12,450 tỉ"); "1.5" is 1.5 in English, 1500 in Vietnamese.</summary>
    internal static decimal? ParseNumber(string digits, string language)
    {
        var (group, dec) = language == "vi" ? ('.', ',') : (',', '.');
        var lastDec = digits.LastIndexOf(dec);
        var lastGroup = digits.LastIndexOf(group);
        if (language == "vi" && lastDec < 0 && lastGroup >= 0 && digits.Length - lastGroup - 1 != 3) (group, dec) = (',', '.');
        var clean = digits.Replace(group.ToString(), "", StringComparison.Ordinal).Replace(dec, '.');
        return decimal.TryParse(clean, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
