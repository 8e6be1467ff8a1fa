using System.Text.RegularExpressions;

namespace Concordia.Text.Lexicons;

/// <summary>
/// Several pattern rules used together: every match of every rule over a whole text, and the first match of any
/// rule in a short range (the leftmost, earlier rules first, as one alternation of them would find it).
/// </summary>
public sealed class RuleGroup
{
    private readonly PatternRule[] _rules;
    private readonly Lazy<Regex> _alternation;
    private readonly Dictionary<PatternRule, int> _order;

    public RuleGroup(IEnumerable<PatternRule> rules)
    {
        _rules = [.. rules];
        _order = new Dictionary<PatternRule, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < _rules.Length; i++) _order.TryAdd(_rules[i], i);
        _alternation = new(() => new Regex(string.Join("|", _rules.Select((r, i) => $"(?<r{i}>{r.Regex})")),
            RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture));
        _triggers = new List<PatternRule>?[Vocabulary.Instance.Count];
        _triggerIndexes = new int[]?[Vocabulary.Instance.Count];
        _anchoredByIndex = new Lazy<Regex>[_rules.Length];
        _isTrigger = new ulong[(Vocabulary.Instance.Count + 63) / 64];
        for (var i = 0; i < _rules.Length; i++)
        {
            var r = _rules[i];
            _anchoredByIndex[i] = new(() => new Regex(@"\G(?:" + r.Regex + ")", r.Regex.Options));
            if (r.Triggers.Contains(DigitTrigger)) _digitRules = [.. _digitRules, i];
            foreach (var id in r.Triggers.Where(t => t != DigitTrigger).Select(t => Vocabulary.Instance.RequiredIdOf(t)).Distinct())
            {
                (_triggers[id] ??= []).Add(r);
                _isTrigger[id >> 6] |= 1UL << id;
                _triggerIndexes[id] = [.. _triggerIndexes[id] ?? [], i];
            }
        }
    }

    /// <summary>The trigger that stands for any token starting with a decimal digit ("12th", "2024").</summary>
    public const string DigitTrigger = "#digit";

    /// <summary>The indexes in <see cref="Rules"/> of the rules triggered by <see cref="DigitTrigger"/>.</summary>
    private readonly int[] _digitRules = [];

    /// <summary>By <see cref="Vocabulary"/> id, one bit: whether the word is a trigger (small enough to stay in cache while a text's tokens are checked).</summary>
    private readonly ulong[] _isTrigger;

    /// <summary>The indexes in <see cref="Rules"/> of the rules each trigger word (by <see cref="Vocabulary"/> id) may start.</summary>
    private readonly int[]?[] _triggerIndexes;

    /// <summary>Each rule's pattern anchored where the match is tried, by rule index (made on first use).</summary>
    private readonly Lazy<Regex>[] _anchoredByIndex;

    /// <summary>The rules each trigger word (by <see cref="Vocabulary"/> id) may start, in rule order.</summary>
    private readonly List<PatternRule>?[] _triggers;

    private List<PatternRule>? TriggeredAt(Recognition.TokenStream tokens, int i) => tokens.IdAt(i) is var id and >= 0 ? _triggers[id] : null;

    /// <summary>All rules as one alternation (for comparisons; the group itself runs rule by rule, which is faster).</summary>
    public Regex Regex => _alternation.Value;

    public IReadOnlyList<PatternRule> Rules => _rules;

    /// <summary>The position of a rule of this group in <see cref="Rules"/>.</summary>
    public int OrderOf(PatternRule rule) => _order[rule];

    /// <summary>Every match of every rule, rule by rule (one scan per rule is faster than one scan of the alternation).</summary>
    public IEnumerable<(PatternRule Rule, Match Match)> Matches(string text)
    {
        foreach (var rule in _rules)
            for (var m = rule.Regex.Match(text); m.Success; m = m.NextMatch()) yield return (rule, m);
    }

    /// <summary>
    /// The same matches as <see cref="Matches(string)"/>, rule by rule in text order, but a rule with trigger words is
    /// tried only at the tokens that are one of them (anchored there), skipping tokens inside its previous match: for a
    /// rule whose every match starts with one of its trigger words, these are the leftmost non-overlapping matches a scan
    /// finds. Rules without triggers scan the text.
    /// </summary>
    public IEnumerable<(PatternRule Rule, Match Match)> ScanAtTriggers(string text, Recognition.TokenStream tokens)
    {
        var at = TriggerTokens(tokens);
        for (var r = 0; r < _rules.Length; r++)
        {
            var rule = _rules[r];
            if (rule.Triggers.Count == 0)
            {
                for (var m = rule.Regex.Match(text); m.Success; m = m.NextMatch()) yield return (rule, m);
                continue;
            }
            if (at[r] is not { } positions) continue;
            var from = 0;
            foreach (var i in positions)
            {
                var start = tokens.Array[i].Start;
                if (start < from) continue;
                var m = _anchoredByIndex[r].Value.Match(text, start);
                if (!m.Success) continue;
                yield return (rule, m);
                from = m.Index + Math.Max(1, m.Length);
            }
        }
    }

    /// <summary>For each rule (by index), the tokens that are one of its trigger words, in text order; null for none.</summary>
    private List<int>?[] TriggerTokens(Recognition.TokenStream tokens)
    {
        var at = new List<int>?[_rules.Length];
        var ids = tokens.Ids;
        foreach (var i in tokens.TriggerWords)
            if ((_isTrigger[ids[i] >> 6] & (1UL << ids[i])) != 0 && _triggerIndexes[ids[i]] is { } rules)
                foreach (var r in rules) (at[r] ??= []).Add(i);
        foreach (var r in _digitRules)
        {
            if (tokens.DigitStarts.Count == 0) break;
            var words = at[r];
            (at[r] ??= []).AddRange(tokens.DigitStarts);
            if (words is not null) at[r]!.Sort();
        }
        return at;
    }

    /// <summary>The rule's pattern anchored where the match is tried (made once per rule).</summary>
    private Regex Anchored(PatternRule rule) => _anchoredByIndex[_order[rule]].Value;

    /// <summary>
    /// Every match of every rule, tried only at the tokens that are one of the rule's trigger words (the pattern is
    /// anchored there); rules without triggers scan the whole text.
    /// </summary>
    public List<(PatternRule Rule, Match Match)> MatchesAtTriggers(string text, Recognition.TokenStream tokens)
    {
        var found = new List<(PatternRule, Match)>();
        var ids = tokens.Ids;
        foreach (var i in tokens.TriggerWords)
        {
            if ((_isTrigger[ids[i] >> 6] & (1UL << ids[i])) == 0 || _triggerIndexes[ids[i]] is not { } rules) continue;
            foreach (var r in rules)
            {
                var m = _anchoredByIndex[r].Value.Match(text, tokens.Array[i].Start);
                if (m.Success) found.Add((_rules[r], m));
            }
        }
        foreach (var rule in _rules)
            if (rule.Triggers.Count == 0)
                for (var m = rule.Regex.Match(text); m.Success; m = m.NextMatch()) found.Add((rule, m));
        return found;
    }

    /// <summary>
    /// The first match inside [start, start + length), or null: the leftmost of the rules' first matches, the earlier
    /// rule on a tie, which is what an alternation of the rules finds. The range is each rule's whole input (^ and $ at
    /// its ends). Most ranges match no rule, and a span check allocates nothing.
    /// </summary>
    public (PatternRule Rule, Match Match)? First(string text, int start, int length)
    {
        var range = text.AsSpan(start, length);
        (PatternRule Rule, Match Match)? first = null;
        foreach (var rule in _rules)
        {
            if (!rule.Regex.IsMatch(range)) continue;
            var m = rule.Regex.Match(text, start, length);
            if (first is null || m.Index < first.Value.Match.Index) first = (rule, m);
            if (m.Index == start) break;
        }
        return first;
    }
}
