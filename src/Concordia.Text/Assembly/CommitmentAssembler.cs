using System.Text.RegularExpressions;
using Concordia.Domain.Values;
using Concordia.Text.Lexicons;
using Concordia.Text.Model;
using Concordia.Text.Recognition;

namespace Concordia.Text.Assembly;

/// <summary>
/// Finds undertakings (agreed, pledged, proposed, approved) by the verb rules in Rules/*/commitments.rules, splits
/// the action into distinct undertakings, and gives each a mechanism (named, implied by the parties, or the
/// document's) and a deadline ("by the end of 2025").
/// </summary>
internal sealed partial class CommitmentAssembler(Analysis a, string? mainMechanism)
{
    private readonly List<PatternRule> _rules = [.. RuleSet.Instance.ForLanguage(RuleSet.Instance.Commitments, a.Language)];

    [GeneratedRegex(@"^(?:First|Second|Third|Fourth|Fifth|Finally|Thứ nhất|Thứ hai|Thứ ba|Thứ tư|Một là|Hai là|Ba là)\s*,\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Enumerator();

    [GeneratedRegex(@"\b(?:proposed|suggested|put forward|outlined|đề xuất|nêu)\b.*\b(?:priorities|pillars|solutions|orientations|measures|proposals|directions|focuses|trọng tâm|giải pháp|ưu tiên)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnumerationTrigger();

    public List<CommitmentFact> Assemble()
    {
        var facts = new List<CommitmentFact>();
        (int Sentence, string? Mechanism, string Kind)? enumeration = null;
        for (var s = 0; s < a.Norm.BodyLength && s < a.Sentences.Count; s++)
        {
            var sentence = a.Sentences[s];
            if (a.IsCaption(sentence.Start)) break;
            var found = FromRules(sentence, facts);
            if (EnumerationTrigger().IsMatch(a.Text.AsSpan(sentence.Start, sentence.Length)))
                enumeration = (s, SentenceMechanism(sentence, sentence) ?? mainMechanism, "proposed");
            else if (!found && enumeration is { } e && s - e.Sentence <= 6 && Enumerator().Match(a.Text, sentence.Start, sentence.Length) is { Success: true } m)
                AddActions(facts, e.Kind, "xx.commitment.enumerated", Span.FromBounds(m.Index + m.Length, sentence.End), sentence, e.Mechanism);
        }
        return Dedupe(facts);
    }

    private bool FromRules(Span sentence, List<CommitmentFact> facts)
    {
        var taken = new List<Span>();
        foreach (var rule in _rules)
        {
            var m = rule.Regex.Match(a.Text, sentence.Start, sentence.Length);
            if (!m.Success) continue;
            var g = m.Groups["action"];
            var action = new Span(g.Index, g.Length);
            if (taken.Exists(t => t.Overlaps(action))) continue;
            taken.Add(action);
            AddActions(facts, rule.Id.Split('.')[2], rule.Id, action, sentence, null);
        }
        return taken.Count > 0;
    }

    private void AddActions(List<CommitmentFact> facts, string kind, string ruleId, Span action, Span sentence, string? mechanism)
    {
        var mech = mechanism ?? SentenceMechanism(action, sentence) ?? mainMechanism;
        foreach (var part in ActionSplitter.Split(a.Text, action, a.Language))
        {
            var text = ActionSplitter.Clean(a.Slice(part));
            if (text.Split(' ').Length < 2) continue;
            if (a.Language == "vi") text = Glossary.Translate(text);
            var deadline = Deadline(part, sentence);
            var rules = new List<string> { ruleId };
            facts.Add(new CommitmentFact(mech, kind, Actors(sentence, action), text, deadline,
                new FactSource(rules, a.ToOriginal(part), mech is null ? 0.5 : 0.65)));
        }
    }

    /// <summary>A named mechanism in the action, else in the sentence, else one implied by the parties.</summary>
    private string? SentenceMechanism(Span action, Span sentence)
    {
        var named = a.In(a.Mechanisms, action).FirstOrDefault() ?? a.In(a.Mechanisms, sentence).FirstOrDefault();
        var pair = Pair(sentence);
        if (named is null) return pair;
        return named.Value == "asean" && pair is not null ? pair : named.Value;
    }

    private string? Pair(Span sentence)
    {
        var parties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in a.In(a.Countries, sentence)) parties.Add(c.Value);
        foreach (var m in a.In(a.Mechanisms, sentence)) parties.Add(m.Value);
        if (a.Text.AsSpan(sentence.Start, sentence.Length).Contains("Mekong", StringComparison.Ordinal)) parties.Add("mekong");
        foreach (var e in RuleSet.Instance.Pairs.Entries)
            if (parties.Contains(e.Phrase) && parties.Contains(e.Value))
                return e.Extra;
        return null;
    }

    private PartialDate? Deadline(Span action, Span sentence)
    {
        var d = a.In(a.Dates, action, x => x.Span).FirstOrDefault(x => x.Cue == DateCue.Deadline);
        if (d is not null) return a.Resolve(d, future: true);
        if (!a.HasCue(sentence, "future")) return null;
        var day = a.In(a.Dates, sentence, x => x.Span).FirstOrDefault(x => x.Day is not null);
        return day is null ? null : a.Resolve(day, future: true);
    }

    private List<string> Actors(Span sentence, Span action)
    {
        var before = Span.FromBounds(sentence.Start, Math.Max(sentence.Start, action.Start));
        return [.. a.In(a.Countries, before).Select(c => Phrases.CountryName(c.Value)).Distinct()];
    }

    /// <summary>The same undertaking reported twice (lead and body) is kept once.</summary>
    private static List<CommitmentFact> Dedupe(List<CommitmentFact> facts)
    {
        var kept = new List<CommitmentFact>();
        foreach (var f in facts)
            if (!kept.Exists(k => k.Mechanism == f.Mechanism && ActionSplitter.Similarity(k.Action, f.Action) >= 0.5)) kept.Add(f);
        return kept;
    }
}
