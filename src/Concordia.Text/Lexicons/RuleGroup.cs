using System.Text.RegularExpressions;

namespace Concordia.Text.Lexicons;

/// <summary>
/// Several pattern rules compiled for two uses: every match of every rule over a whole text, and the first
/// match of any rule in a short range (one alternation, earlier rules first), telling which rule matched.
/// </summary>
public sealed class RuleGroup
{
    private readonly PatternRule[] _rules;
    private readonly int[] _groups;

    public RuleGroup(IEnumerable<PatternRule> rules)
    {
        _rules = [.. rules];
        var pattern = string.Join("|", _rules.Select((r, i) => $"(?<r{i}>{r.Regex})"));
        Regex = new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        _groups = [.. _rules.Select((_, i) => Regex.GroupNumberFromName($"r{i}"))];
        var triggers = new Dictionary<string, List<PatternRule>>(StringComparer.Ordinal);
        foreach (var r in _rules)
            foreach (var t in r.Triggers)
            {
                if (!triggers.TryGetValue(t, out var list)) triggers[t] = list = [];
                list.Add(r);
            }
        _triggers = triggers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly Dictionary<string, List<PatternRule>>.AlternateLookup<ReadOnlySpan<char>> _triggers;

    public Regex Regex { get; }

    public IReadOnlyList<PatternRule> Rules => _rules;

    public PatternRule RuleOf(Match m)
    {
        for (var i = 0; i < _groups.Length; i++)
            if (m.Groups[_groups[i]].Success) return _rules[i];
        throw new InvalidOperationException("a match of a rule group matched no rule");
    }

    /// <summary>Every match of every rule, rule by rule (one scan per rule is faster than one scan of the alternation).</summary>
    public IEnumerable<(PatternRule Rule, Match Match)> Matches(string text)
    {
        foreach (var rule in _rules)
            for (var m = rule.Regex.Match(text); m.Success; m = m.NextMatch()) yield return (rule, m);
    }

    /// <summary>
    /// Like <see cref="Matches(string)"/>, skipping rules none of whose trigger words is a token of the text
    /// (rules without triggers always run).
    /// </summary>
    public IEnumerable<(PatternRule Rule, Match Match)> Matches(string text, Recognition.TokenStream tokens)
    {
        var present = new HashSet<PatternRule>();
        foreach (var t in tokens.Tokens)
            if (_triggers.TryGetValue(tokens.FoldedOf(t), out var rules)) present.UnionWith(rules);
        foreach (var rule in _rules)
            if (rule.Triggers.Count == 0 || present.Contains(rule))
                for (var m = rule.Regex.Match(text); m.Success; m = m.NextMatch()) yield return (rule, m);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<PatternRule, Regex> _anchored = new();

    /// <summary>
    /// Every match of every rule, tried only at the tokens that are one of the rule's trigger words (the pattern is
    /// anchored there); rules without triggers scan the whole text.
    /// </summary>
    public List<(PatternRule Rule, Match Match)> MatchesAtTriggers(string text, Recognition.TokenStream tokens)
    {
        var found = new List<(PatternRule, Match)>();
        foreach (var t in tokens.Tokens)
        {
            if (!_triggers.TryGetValue(tokens.FoldedOf(t), out var rules)) continue;
            foreach (var rule in rules)
            {
                var m = _anchored.GetOrAdd(rule, r => new Regex(@"\G(?:" + r.Regex + ")", r.Regex.Options)).Match(text, t.Start);
                if (m.Success) found.Add((rule, m));
            }
        }
        foreach (var rule in _rules)
            if (rule.Triggers.Count == 0)
                for (var m = rule.Regex.Match(text); m.Success; m = m.NextMatch()) found.Add((rule, m));
        return found;
    }

    /// <summary>The first match inside [start, start + length), or null.</summary>
    public (PatternRule Rule, Match Match)? First(string text, int start, int length)
    {
        // Most ranges match no rule: the span check allocates nothing and sees the range as its whole input, like Match does.
        if (!Regex.IsMatch(text.AsSpan(start, length))) return null;
        var m = Regex.Match(text, start, length);
        return m.Success ? (RuleOf(m), m) : null;
    }
}
