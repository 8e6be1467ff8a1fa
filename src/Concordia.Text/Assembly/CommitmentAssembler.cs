using System.Text.RegularExpressions;
using Concordia.Domain.Values;
using Concordia.Text.Lexicons;
using Concordia.Text.Model;
using Concordia.Text.Recognition;

namespace Concordia.Text.Assembly;

/// <summary>
/// Finds undertakings (agreed, pledged, proposed, approved) by the verb rules in Rules/*/commitments.rules, splits
/// the action into distinct undertakings, and gives each a mechanism (named, implied by the parties, or the
/// document's) and a deadline ("by the end of 2029").
/// </summary>
internal sealed class CommitmentAssembler(Analysis a, string? mainMechanism)
{
    private readonly RuleGroup _rules = RuleSet.Instance.Group("commitments", a.Language);
    private int _lastSentence = -1;
    private readonly List<Span> _parts = [];
    private readonly HashSet<string> _parties = new(StringComparer.Ordinal);

    public List<CommitmentFact> Assemble()
    {
        var facts = new List<CommitmentFact>();
        var matches = InTextOrder(_rules.MatchesAtTriggers(a.Text, a.Tokens));
        var next = 0;
        var triggers = Enumerations.TriggerStarts(a.Text);
        var nextTrigger = 0;
        (int Sentence, string? Mechanism, string Kind)? enumeration = null;
        for (var s = 0; s < a.Norm.BodyLength && s < a.Sentences.Count; s++)
        {
            var sentence = a.Sentences[s];
            if (a.IsCaption(sentence.Start)) break;
            while (next < matches.Count && matches[next].Match.Index < sentence.Start) next++;
            var end = next;
            while (end < matches.Count && matches[end].Match.Index < sentence.End) end++;
            var found = end > next && FromRules(matches.GetRange(next, end - next), sentence, facts);
            while (nextTrigger < triggers.Count && triggers[nextTrigger] < sentence.Start) nextTrigger++;
            if (nextTrigger < triggers.Count && triggers[nextTrigger] < sentence.End)
                enumeration = (s, FirstIn(a.Mechanisms, sentence)?.Value ?? Pair(sentence) ?? mainMechanism, "proposed");
            else if (!found && enumeration is { } e && s - e.Sentence <= 6 && Enumerations.Enumerator().Match(a.Text, sentence.Start, sentence.Length) is { Success: true } m)
                AddActions(facts, e.Kind, "xx.commitment.enumerated", Span.FromBounds(m.Index + m.Length, sentence.End), sentence, e.Mechanism);
        }
        return Dedupe(facts);
    }

    /// <summary>By position, then rule order; matches found at trigger tokens come that way already.</summary>
    private List<(PatternRule Rule, Match Match)> InTextOrder(List<(PatternRule Rule, Match Match)> matches)
    {
        for (var i = 1; i < matches.Count; i++)
        {
            var (previous, current) = (matches[i - 1], matches[i]);
            if (previous.Match.Index > current.Match.Index
                || (previous.Match.Index == current.Match.Index && _rules.OrderOf(previous.Rule) > _rules.OrderOf(current.Rule)))
                return [.. matches.OrderBy(x => x.Match.Index).ThenBy(x => _rules.OrderOf(x.Rule))];
        }
        return matches;
    }

    /// <summary>
    /// The first commitment verb in the sentence governs it, up to a later clause with a verb of its own ("X agreed to A,
    /// and Japan pledged to B"); a rule with no action group takes the text before it.
    /// </summary>
    private bool FromRules(List<(PatternRule Rule, Match Match)> found, Span sentence, List<CommitmentFact> facts)
    {
        var (rule, m) = found[0];
        var g = m.Groups["action"];
        if (!g.Success)
        {
            AddActions(facts, Kind(rule), rule.Id, Span.FromBounds(sentence.Start, ClauseEnd(sentence, m.Index)), sentence, null);
            return true;
        }
        var start = g.Index;
        for (var i = 1; i < found.Count; i++)
        {
            var (later, lm) = found[i];
            if (lm.Index <= start) continue;
            var cut = ClauseStart(start, lm.Index);
            if (!later.Id.Contains(".agreed.", StringComparison.Ordinal) && !later.Id.Contains(".pledged.", StringComparison.Ordinal) || cut < 0) continue;
            AddActions(facts, Kind(rule), rule.Id, Span.FromBounds(start, cut), sentence, null);
            (rule, start) = (later, lm.Groups["action"] is { Success: true } lg ? lg.Index : lm.Index + lm.Length);
        }
        // A text cut off after the verb ("The ministers agreed to") leaves no action, only the match's trailing space.
        if (start < sentence.End)
            AddActions(facts, Kind(rule), rule.Id, Span.FromBounds(start, sentence.End), sentence, null);
        return true;
    }

    /// <summary>The third part of the rule id (en.commitment.pledged.will).</summary>
    private static string Kind(PatternRule rule)
    {
        var rest = rule.Id.AsSpan();
        for (var part = 0; part < 2; part++) rest = rest[(rest.IndexOf('.') + 1)..];
        var dot = rest.IndexOf('.');
        return (dot < 0 ? rest : rest[..dot]).ToString();
    }

    /// <summary>Where a coordinated clause starts before a later verb (", and Japan pledged"): the comma or ";", or -1.</summary>
    private int ClauseStart(int from, int verb)
    {
        var window = a.Text.AsSpan(from, verb - from);
        var at = Math.Max(window.LastIndexOf(", and ", StringComparison.Ordinal), Math.Max(window.LastIndexOf("; ", StringComparison.Ordinal), window.LastIndexOf(", while ", StringComparison.Ordinal)));
        return at < 0 || verb - (from + at) > 60 ? -1 : from + at;
    }

    private void AddActions(List<CommitmentFact> facts, string kind, string ruleId, Span action, Span sentence, string? mechanism)
    {
        var mech = mechanism ?? SentenceMechanism(action, sentence) ?? mainMechanism ?? Recent(facts, sentence);
        _parts.Clear();
        ActionSplitter.Split(a.Text, action, _parts, syllables: a.Language == "vi");
        foreach (var part in _parts)
        {
            var text = ActionSplitter.Clean(a.Text.AsSpan(part.Start, part.Length));
            if (!text.Contains(' ')) continue;
            text = a.Language == "vi" ? Glossary.Translate(text) : Gerunds.BaseForm(text);
            var deadline = Deadline(part, sentence);
            var rules = new List<string> { ruleId };
            facts.Add(new CommitmentFact(mech, kind, Actors(sentence, action), text, deadline,
                new FactSource(rules, a.ToOriginal(part), mech is null ? 0.5 : 0.65)));
            _lastSentence = a.SentenceOf(sentence.Start);
        }
    }

    /// <summary>
    /// A mechanism named where the undertaking is stated (the subject and the first words of the action), else the
    /// document's meeting when the sentence speaks of "the meeting", else one implied by the parties named there.
    /// </summary>
    private string? SentenceMechanism(Span action, Span sentence)
    {
        var head = HeadOf(action, sentence);
        var named = FirstIn(a.Mechanisms, head);
        if (named is not null) return named.Value == "asean" && Pair(head) is { } p ? p : named.Value;
        if (mainMechanism is not null && HasCue(sentence, "this-meeting")) return mainMechanism;
        foreach (var m in In(a.Mechanisms, sentence))
            if (PairIds.Value.Contains(m.Value)) return m.Value;
        return Pair(sentence);
    }

    private static readonly Lazy<HashSet<string>> PairIds = new(() =>
        new HashSet<string>(RuleSet.Instance.Pairs.Entries.Select(e => e.Extra!), StringComparer.Ordinal));

    /// <summary>"The grant also covers ...": a sentence naming no party continues the undertaking just before it.</summary>
    private string? Recent(List<CommitmentFact> facts, Span sentence)
    {
        if (facts.Count == 0 || facts[^1].Mechanism is not { } m) return null;
        return a.SentenceOf(sentence.Start) - _lastSentence <= 2 ? m : null;
    }

    /// <summary>"X, the three delegations agreed": the undertaking ends at the last comma before the verb.</summary>
    private int ClauseEnd(Span sentence, int verb)
    {
        var comma = verb > sentence.Start ? a.Text.LastIndexOf(',', verb - 1, verb - sentence.Start) : -1;
        return comma > sentence.Start ? comma : verb;
    }

    /// <summary>The sentence up to the action and the action's first eight words.</summary>
    private Span HeadOf(Span action, Span sentence)
    {
        var first = a.Tokens.IndexAt(action.Start);
        var last = Math.Min(a.Tokens.Array.Length - 1, first + 8);
        var end = last >= first && last >= 0 ? Math.Min(action.End, a.Tokens.Array[last].End) : action.End;
        return Span.FromBounds(sentence.Start, Math.Max(sentence.Start, end));
    }

    private string? Pair(Span sentence)
    {
        var parties = _parties;
        parties.Clear();
        foreach (var c in In(a.Countries, sentence)) parties.Add(c.Value);
        foreach (var m in In(a.Mechanisms, sentence)) parties.Add(m.Value);
        if (a.Text.AsSpan(sentence.Start, sentence.Length).Contains("Mekong", StringComparison.Ordinal)) parties.Add("mekong");
        string? first = null;
        foreach (var e in RuleSet.Instance.Pairs.Entries)
            if (parties.Contains(e.Phrase) && parties.Contains(e.Value))
            {
                // "training for Mekong countries, including Laos" in a Mekong–Korea report: the report's own pair wins.
                if (e.Extra == mainMechanism) return e.Extra;
                first ??= e.Extra;
            }
        return first;
    }

    private PartialDate? Deadline(Span action, Span sentence)
    {
        // "hold the next summit in November 2026": a year or month inside the undertaking is when it is due.
        DateMention? deadline = null, inYear = null;
        foreach (var x in new Inside<DateMention>(a.Dates, action, DateSpan))
        {
            if (x.Cue == DateCue.Deadline)
            {
                deadline = x;
                break;
            }
            if (inYear is null && (x.Cue == DateCue.InYear || (x.Day is null && x.Month is not null && x.Year is not null))) inYear = x;
        }
        if ((deadline ?? inYear) is { } d) return a.Resolve(d, future: true);
        if (!HasCue(sentence, "future")) return null;
        foreach (var x in new Inside<DateMention>(a.Dates, sentence, DateSpan))
            if (x.Day is not null) return a.Resolve(x, future: true);
        return null;
    }

    private List<string> Actors(Span sentence, Span action)
    {
        var before = Span.FromBounds(sentence.Start, Math.Max(sentence.Start, action.Start));
        var actors = new List<string>();
        foreach (var c in In(a.Countries, before))
            if (Phrases.CountryName(c.Value) is var name && !actors.Contains(name)) actors.Add(name);
        return actors;
    }

    private static readonly Func<PhraseMention, Span> PhraseSpan = p => p.Span;
    private static readonly Func<DateMention, Span> DateSpan = d => d.Span;

    private static Inside<PhraseMention> In(List<PhraseMention> items, Span range) => new(items, range, PhraseSpan);

    private static PhraseMention? FirstIn(List<PhraseMention> items, Span range)
    {
        foreach (var p in In(items, range)) return p;
        return null;
    }

    private bool HasCue(Span range, string cue)
    {
        foreach (var c in In(a.Cues, range))
            if (c.Value == cue) return true;
        return false;
    }

    /// <summary>The same undertaking reported twice (lead and body) is kept once; different figures make different undertakings.</summary>
    private static List<CommitmentFact> Dedupe(List<CommitmentFact> facts)
    {
        var chars = 0;
        foreach (var f in facts) chars += f.Action.Length;
        var words = new ActionWords(chars);
        var kept = new List<(CommitmentFact Fact, ulong[] Words, ulong[] Figures)>();
        foreach (var f in facts)
        {
            var (w, figures) = words.Of(f.Action);
            if (!IsKept(kept, f.Mechanism, w, figures)) kept.Add((f, w, figures));
        }
        var result = new List<CommitmentFact>(kept.Count);
        foreach (var k in kept) result.Add(k.Fact);
        return result;
    }

    private static bool IsKept(List<(CommitmentFact Fact, ulong[] Words, ulong[] Figures)> kept, string? mechanism, ulong[] words, ulong[] figures)
    {
        foreach (var k in kept)
            if (k.Fact.Mechanism == mechanism && ActionWords.Similarity(k.Words, words) >= 0.4
                && (k.Figures.Length == 0 || figures.Length == 0 || ActionWords.SameSet(k.Figures, figures)))
                return true;
        return false;
    }
}
