using Concordia.Text.Recognition;

namespace Concordia.Text.Lexicons;

/// <summary>
/// Every folded word that some phrase list or rule trigger names, numbered. A text's tokens are looked up here once
/// (<see cref="TokenStream.IdAt"/>); phrase tries, phrase-start masks and trigger tables then index by number instead
/// of hashing the same token again for each list and rule family. A token no list or trigger names has no id (-1).
/// </summary>
internal sealed class Vocabulary
{
    private static readonly Lazy<Vocabulary> Lazy = new(() => new Vocabulary(RuleSet.Instance));

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly WordIds _lookup;

    private Vocabulary(RuleSet rules)
    {
        foreach (var list in rules.AllLists())
            foreach (var entry in list.Entries)
            {
                var ts = TokenStream.Create(entry.Phrase);
                foreach (var t in ts.Tokens) Add(ts.FoldedOf(t).ToString());
            }
        var triggers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules.Lines.Concat(rules.Dates).Concat(rules.Money).Concat(rules.Ordinals).Concat(rules.Commitments))
            foreach (var trigger in rule.Triggers.Where(t => t != RuleGroup.DigitTrigger))
            {
                Add(trigger);
                triggers.Add(trigger);
            }
        _lookup = new WordIds([.. _ids.OrderBy(p => p.Value).Select(p => p.Key)]);
        _isTrigger = new bool[_ids.Count];
        foreach (var t in triggers) _isTrigger[_ids[t]] = true;
    }

    private readonly bool[] _isTrigger;

    /// <summary>Whether the word with this id is a trigger word of some rule.</summary>
    public bool IsTrigger(int id) => _isTrigger[id];

    public static Vocabulary Instance => Lazy.Value;

    public int Count => _ids.Count;

    /// <summary>The id of a folded word, or -1.</summary>
    public int IdOf(ReadOnlySpan<char> folded) => _lookup.IdOf(folded);

    /// <summary>The id of a folded word whose <see cref="WordIds.Hash"/> is known, or -1.</summary>
    public int IdOf(ReadOnlySpan<char> folded, uint hash) => _lookup.IdOf(folded, hash);

    /// <summary>The id of a word that must be listed (phrase-list and trigger words are, by construction).</summary>
    public int RequiredIdOf(ReadOnlySpan<char> folded) =>
        IdOf(folded) is var id and >= 0 ? id : throw new InvalidOperationException($"'{folded}' is in no phrase list or trigger of the rule set");

    private void Add(string word) => _ids.TryAdd(word, _ids.Count);
}
