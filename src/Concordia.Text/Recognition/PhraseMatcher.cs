using Concordia.Text.Lexicons;

namespace Concordia.Text.Recognition;

/// <summary>A phrase found in the text: first and last-plus-one token index, and the list entry it matched.</summary>
public readonly record struct PhraseMatch(int FirstToken, int EndToken, PhraseEntry Entry, string RuleId);

/// <summary>Finds the longest phrase from a list at each token (a token trie on folded text; case-insensitive).</summary>
internal sealed class PhraseMatcher
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public PhraseEntry? Entry;
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup;
    }

    private readonly Node _root = new();
    private readonly string _ruleId;
    private readonly bool _caseSensitiveFirst;

    /// <param name="caseSensitiveFirst">When true, a phrase whose listed form starts with a capital only matches a capitalised token.</param>
    public PhraseMatcher(PhraseList list, bool caseSensitiveFirst = false)
    {
        _ruleId = list.Id;
        _caseSensitiveFirst = caseSensitiveFirst;
        foreach (var entry in list.Entries) Add(entry);
    }

    public PhraseMatcher(IEnumerable<PhraseList> lists, string ruleId)
    {
        _ruleId = ruleId;
        foreach (var list in lists)
            foreach (var entry in list.Entries) Add(entry);
    }

    /// <summary>The first tokens of all phrases: a text's tokens are checked against this once for all lists.</summary>
    public IEnumerable<string> FirstTokens => _root.Next?.Keys ?? Enumerable.Empty<string>();

    public List<PhraseMatch> FindAll(TokenStream ts, int[]? candidates = null, int bit = 0)
    {
        var found = new List<PhraseMatch>(16);
        var tokens = ts.Tokens;
        for (var i = 0; i < tokens.Count;)
        {
            if (candidates is not null && (candidates[i] & bit) == 0) { i++; continue; }
            var (end, entry) = Longest(ts, i);
            if (entry is null) { i++; continue; }
            found.Add(new PhraseMatch(i, end, entry, _ruleId));
            i = end;
        }
        return found;
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/>: its end token index and entry.</summary>
    public (int End, PhraseEntry? Entry) Longest(TokenStream ts, int start)
    {
        var node = _root;
        var best = (End: start, Entry: (PhraseEntry?)null);
        for (var i = start; i < ts.Tokens.Count && node.Next is not null; i++)
        {
            if (!node.Lookup.TryGetValue(ts.FoldedOf(ts.Tokens[i]), out var next)) break;
            node = next;
            if (node.Entry is { } e && (!_caseSensitiveFirst || !char.IsUpper(e.Phrase[0]) || ts.IsCapitalised(start)))
                best = (i + 1, e);
        }
        return best;
    }

    private void Add(PhraseEntry entry)
    {
        var ts = TokenStream.Create(entry.Phrase);
        if (ts.Tokens.Count == 0) return;
        var node = _root;
        foreach (var t in ts.Tokens)
        {
            if (node.Next is null)
            {
                node.Next = new Dictionary<string, Node>(StringComparer.Ordinal);
                node.Lookup = node.Next.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            var key = ts.FoldedOf(t).ToString();
            if (!node.Next.TryGetValue(key, out var next)) node.Next[key] = next = new Node();
            node = next;
        }
        node.Entry ??= entry;
    }
}
