using Concordia.Domain.Values;
using Concordia.Text.Lexicons;
using Concordia.Text.Recognition;

namespace Concordia.Text.Assembly;

internal sealed partial class MeetingAssembler
{
    private static readonly HashSet<string> GapWords = new(StringComparer.Ordinal)
    {
        "(", ")", "'", "s", "cooperation", "economic", "leaders", "river", "sông", "hợp", "tác", "quốc", "tế", "the",
    };

    private static readonly HashSet<string> NameLinks = new(StringComparer.Ordinal) { "of", "for", "and", "the", "on", "-", "'", "s" };

    private static readonly Lazy<List<(string A, string B, string Id)>> Pairs = new(() =>
        [.. RuleSet.Instance.Pairs.Entries.Select(e => (e.Phrase, e.Value, e.Extra!))]);

    /// <summary>A mechanism ending just before the kind ("Mekong–Japan | Foreign Ministers' Meeting"), gap words allowed.</summary>
    private PhraseMention? MechanismBefore(int kindStart)
    {
        for (var end = kindStart; end >= Math.Max(0, kindStart - 5); end--)
        {
            if (MechanismsByEnd.TryGetValue(end, out var m)) return m;
            if (end - 1 < 0 || !GapWords.Contains(Word(end - 1)) && !IsAbbreviation(end - 1)) return null;
        }
        return null;
    }

    /// <summary>"Summit of the AZEC", "Forum for Mekong-India Cooperation", "Hội nghị ... Mekong - Hàn Quốc".</summary>
    private PhraseMention? MechanismAfter(int kindEnd, Span sentence, bool vi)
    {
        if (!vi && Word(kindEnd) is not ("of" or "for")) return null;
        var limit = kindEnd + (vi ? 6 : 9);
        for (var at = FirstMechanismFrom(kindEnd); at < a.Mechanisms.Count && a.Mechanisms[at].FirstToken <= limit; at++)
        {
            var m = a.Mechanisms[at];
            if (!sentence.Contains(m.Span)) continue;
            for (var i = kindEnd; i < m.FirstToken; i++)
                if (Word(i) is "," or "." or ";" || a.Kinds.Exists(k => k.FirstToken == i)) return null;
            return m;
        }
        return null;
    }

    /// <summary>Where the meeting's proper name starts ("Bridging for Clean Water and the Rural Goals 2040 | Summit").</summary>
    private int NameStart(int kindStart, Span sentence)
    {
        var i = kindStart;
        while (i > 0 && _ts.Array[i - 1].Start >= sentence.Start && kindStart - i < 12)
        {
            var t = _ts.Array[i - 1];
            if (_ts.IsCapitalised(i - 1) || t.Kind == TokenKind.Number) { i--; continue; }
            var links = 0;
            while (links < 2 && i - 1 - links >= 0 && NameLinks.Contains(Word(i - 1 - links))) links++;
            var before = i - 1 - links;
            if (links > 0 && before >= 0 && _ts.Array[before].Start >= sentence.Start && (_ts.IsCapitalised(before) || _ts.Array[before].Kind == TokenKind.Number))
            {
                i -= links;
                continue;
            }
            break;
        }
        while (i < kindStart && (NameLinks.Contains(Word(i)) || IsOrdinalToken(i))) i++;
        if (i < kindStart && _ts.Array[i].Start == sentence.Start && Word(i) is "the" or "a" or "an") i++;
        return i;
    }

    /// <summary>"the 23rd Mekong–Korea ... Meeting" (just before the name) or "Hội nghị ... lần thứ 11" (after the kind).</summary>
    private OrdinalMention? OrdinalFor(int before, PhraseMention k, Span sentence)
    {
        var after = OrdinalAfter(k, sentence);
        if (after is not null || IsVietnamese(k.Phrase)) return after;
        var start = before;
        // "The ninth Mekong River Commission (MRC) Summit": step back over the name and its abbreviation.
        while (start > 0 && (Word(start - 1) is "(" or ")" || MechanismsByEnd.ContainsKey(start)))
            start = MechanismsByEnd.TryGetValue(start, out var m) ? m.FirstToken : start - 1;
        // "the 5th meeting of the Laos-Thailand Joint Commission"
        if (start >= 3 && Word(start - 1) == "the" && Word(start - 2) == "of" && Word(start - 3) is "meeting" or "session" or "conference")
            start -= 3;
        if (start == 0) return null;
        var prev = _ts.Array[start - 1];
        return OrdinalsByEnd.TryGetValue(prev.End, out var o) && o.Span.Start >= sentence.Start ? o : null;
    }

    /// <summary>A Vietnamese ordinal after the kind in its sentence, at most ten tokens on ("Hội nghị ... lần thứ 11").</summary>
    private OrdinalMention? OrdinalAfter(PhraseMention k, Span sentence)
    {
        for (var at = FirstOrdinalFrom(k.Span.End); at < a.Ordinals.Count && a.Ordinals[at].Span.Start < sentence.End; at++)
        {
            var o = a.Ordinals[at];
            if (o.RuleId.StartsWith("vi.", StringComparison.Ordinal) && sentence.Contains(o.Span) && _ts.IndexAt(o.Span.Start) - k.EndToken <= 10)
                return o;
        }
        return null;
    }

    /// <summary>Whether token <paramref name="i"/> lies inside an ordinal (ordinals are in text order and do not overlap).</summary>
    private bool IsOrdinalToken(int i)
    {
        var token = new Span(_ts.Array[i].Start, _ts.Array[i].Length);
        var at = FirstOrdinalFrom(token.Start + 1) - 1;
        return at >= 0 && a.Ordinals[at].Span.Contains(token);
    }

    /// <summary>The index of the first ordinal starting at or after <paramref name="offset"/>.</summary>
    private int FirstOrdinalFrom(int offset)
    {
        int lo = 0, hi = a.Ordinals.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (a.Ordinals[mid].Span.Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The index of the first mechanism starting at or after token <paramref name="token"/>.</summary>
    private int FirstMechanismFrom(int token)
    {
        int lo = 0, hi = a.Mechanisms.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (a.Mechanisms[mid].FirstToken < token) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Mechanism mentions by the token they end before (they do not overlap, so one at most).</summary>
    private Dictionary<int, PhraseMention> MechanismsByEnd => _mechanismsByEnd ??= ByEnd(a.Mechanisms, m => m.EndToken);

    private Dictionary<int, PhraseMention>? _mechanismsByEnd;

    /// <summary>Ordinals by the offset they end at (they do not overlap, so one at most).</summary>
    private Dictionary<int, OrdinalMention> OrdinalsByEnd => _ordinalsByEnd ??= ByEnd(a.Ordinals, o => o.Span.End);

    private Dictionary<int, OrdinalMention>? _ordinalsByEnd;

    private static Dictionary<int, T> ByEnd<T>(List<T> mentions, Func<T, int> end)
    {
        var map = new Dictionary<int, T>();
        foreach (var m in mentions) map[end(m)] = m;
        return map;
    }

    /// <summary>"a yearly Trade Forum", "launch the Youth Forum", "is held annually": not a held meeting.</summary>
    private bool IsSkipped(int nameStart, PhraseMention k)
    {
        var from = Math.Max(0, Math.Min(nameStart, k.FirstToken) - 4);
        var to = Math.Min(_ts.Array.Length, k.EndToken + 5);
        var range = Span.FromBounds(_ts.Array[from].Start, _ts.Array[to - 1].End);
        return a.In(a.Cues, range).Any(c => c.Value == "skip" && !(c.FirstToken >= k.FirstToken && c.EndToken <= k.EndToken));
    }

    /// <summary>"the ministers of India and the Mekong countries" → mekong-india (Rules/mechanism-pairs.tsv).</summary>
    private string? PairMechanism(Span sentence)
    {
        var parties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in a.In(a.Countries, sentence)) parties.Add(c.Value);
        foreach (var m in a.In(a.Mechanisms, sentence)) parties.Add(m.Value);
        for (var i = _ts.IndexAt(sentence.Start); i < _ts.Array.Length && _ts.Array[i].Start < sentence.End; i++)
            if (Word(i) is "mekong" or "mê" && !a.Mechanisms.Exists(m => m.FirstToken <= i && i < m.EndToken)) parties.Add("mekong");
        foreach (var (x, y, id) in Pairs.Value)
            if (parties.Contains(x) && parties.Contains(y)) return id;
        return null;
    }

    private static bool IsVietnamese(string phrase) => phrase.Any(c => c > 127);

    private bool IsAbbreviation(int i) => _ts.Array[i].Length >= 2 && _ts.TextOf(_ts.Array[i]).ToString().All(char.IsUpper);

    private string Word(int i) => _ts.WordAt(i);
}
