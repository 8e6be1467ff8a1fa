using Concordia.Text.Lexicons;

namespace Concordia.Text.Recognition;

/// <summary>A phrase found in the text: first and last-plus-one token index, and the list entry it matched.</summary>
public readonly record struct PhraseMatch(int FirstToken, int EndToken, PhraseEntry Entry, string RuleId);

/// <summary>Finds the longest phrase from a list at each token (a token trie on folded text; case-insensitive).</summary>
internal sealed class PhraseMatcher
{
    /// <summary>A trie node; its children are keyed by <see cref="Vocabulary"/> id of the next token.</summary>
    private sealed class Node
    {
        public Dictionary<int, Node>? Next;
        public PhraseEntry? Entry;
        private int[] _keys = [];
        private Node[] _children = [];

        /// <summary>Copies <see cref="Next"/> into sorted arrays for <see cref="Child"/>, here and below.</summary>
        public void Freeze()
        {
            if (Next is null) return;
            _keys = [.. Next.Keys.Order()];
            _children = [.. _keys.Select(k => Next[k])];
            foreach (var child in _children) child.Freeze();
        }

        /// <summary>The child for the word id, or null (most nodes have a few children: a short scan beats hashing).</summary>
        public Node? Child(int id)
        {
            var keys = _keys;
            if (keys.Length <= 8)
            {
                for (var i = 0; i < keys.Length; i++)
                    if (keys[i] == id) return _children[i];
                return null;
            }
            var at = Array.BinarySearch(keys, id);
            return at >= 0 ? _children[at] : null;
        }
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
        _first = FirstLevel();
    }

    public PhraseMatcher(IEnumerable<PhraseList> lists, string ruleId)
    {
        _ruleId = ruleId;
        foreach (var list in lists)
            foreach (var entry in list.Entries) Add(entry);
        _first = FirstLevel();
    }

    /// <summary>The trie's first level as an array by <see cref="Vocabulary"/> id (null: no phrase starts with that word).</summary>
    private readonly Node?[] _first;

    private Node?[] FirstLevel()
    {
        _root.Freeze();
        var first = new Node?[Vocabulary.Instance.Count];
        foreach (var (id, node) in _root.Next ?? []) first[id] = node;
        return first;
    }

    public string RuleId => _ruleId;

    /// <summary>The vocabulary ids of the first tokens of all phrases: a text's tokens are checked against these once for all lists.</summary>
    public IEnumerable<int> FirstTokens => _root.Next?.Keys ?? Enumerable.Empty<int>();

    /// <summary>The longest phrase at each token that may start one of this list's (bit <paramref name="bit"/> of the candidates), then on after it.</summary>
    public List<PhraseMatch> FindAll(TokenStream ts, PhraseCandidates candidates, int bit)
    {
        var found = new List<PhraseMatch>(16);
        var next = 0;
        foreach (var i in candidates.Tokens)
        {
            if (i < next || (candidates.Masks[i] & bit) == 0) continue;
            var (end, entry) = Longest(ts, i);
            if (entry is null) continue;
            found.Add(new PhraseMatch(i, end, entry, _ruleId));
            next = end;
        }
        return found;
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/>: its end token index and entry.</summary>
    public (int End, PhraseEntry? Entry) Longest(TokenStream ts, int start)
    {
        var ids = ts.Ids;
        var best = (End: start, Entry: (PhraseEntry?)null);
        if (start >= ids.Length || ids[start] < 0 || _first[ids[start]] is not { } node) return best;
        for (var i = start; ; )
        {
            if (node.Entry is { } e && (!_caseSensitiveFirst || !char.IsUpper(e.Phrase[0]) || ts.IsCapitalised(start)))
                best = (i + 1, e);
            if (++i >= ids.Length || ids[i] < 0 || node.Child(ids[i]) is not { } next) break;
            node = next;
        }
        return best;
    }

    private void Add(PhraseEntry entry)
    {
        var ts = TokenStream.Create(entry.Phrase);
        if (ts.Array.Length == 0) return;
        var node = _root;
        foreach (var t in ts.Tokens)
        {
            node.Next ??= [];
            var key = Vocabulary.Instance.RequiredIdOf(ts.FoldedOf(t));
            if (!node.Next.TryGetValue(key, out var next)) node.Next[key] = next = new Node();
            node = next;
        }
        node.Entry ??= entry;
    }
}
