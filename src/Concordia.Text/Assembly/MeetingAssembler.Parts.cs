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
            var m = a.Mechanisms.LastOrDefault(x => x.EndToken == end);
            if (m is not null) return m;
            if (end - 1 < 0 || !GapWords.Contains(Word(end - 1)) && !IsAbbreviation(end - 1)) return null;
        }
        return null;
    }

    /// <summary>"Summit of the AZEC", "Forum for Mekong-India Cooperation", "Hội nghị ... Mekong - Hàn Quốc".</summary>
    private PhraseMention? MechanismAfter(int kindEnd, Span sentence, bool vi)
    {
        if (!vi && Word(kindEnd) is not ("of" or "for")) return null;
        var limit = kindEnd + (vi ? 6 : 9);
        foreach (var m in a.Mechanisms)
        {
            if (m.FirstToken < kindEnd || m.FirstToken > limit || !sentence.Contains(m.Span)) continue;
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
        while (i > 0 && _ts.Tokens[i - 1].Start >= sentence.Start && kindStart - i < 12)
        {
            var t = _ts.Tokens[i - 1];
            if (_ts.IsCapitalised(i - 1) || t.Kind == TokenKind.Number) { i--; continue; }
            var links = 0;
            while (links < 2 && i - 1 - links >= 0 && NameLinks.Contains(Word(i - 1 - links))) links++;
            var before = i - 1 - links;
            if (links > 0 && before >= 0 && _ts.Tokens[before].Start >= sentence.Start && (_ts.IsCapitalised(before) || _ts.Tokens[before].Kind == TokenKind.Number))
            {
                i -= links;
                continue;
            }
            break;
        }
        while (i < kindStart && (NameLinks.Contains(Word(i)) || IsOrdinalToken(i))) i++;
        if (i < kindStart && _ts.Tokens[i].Start == sentence.Start && Word(i) is "the" or "a" or "an") i++;
        return i;
    }

    /// <summary>"the 23rd Mekong–Korea ... Meeting" (just before the name) or "Hội nghị ... lần thứ 11" (after the kind).</summary>
    private OrdinalMention? OrdinalFor(int before, PhraseMention k, Span sentence)
    {
        var after = a.Ordinals.FirstOrDefault(o => o.RuleId.StartsWith("vi.", StringComparison.Ordinal) && o.Span.Start >= k.Span.End
            && sentence.Contains(o.Span) && _ts.IndexAt(o.Span.Start) - k.EndToken <= 10);
        if (after is not null || IsVietnamese(k.Phrase)) return after;
        var start = before;
        // "The ninth Mekong River Commission (MRC) Summit": step back over the name and its abbreviation.
        while (start > 0 && (Word(start - 1) is "(" or ")" || a.Mechanisms.Exists(m => m.EndToken == start)))
            start = a.Mechanisms.Find(m => m.EndToken == start)?.FirstToken ?? start - 1;
        // "the 5th meeting of the Laos-Thailand Joint Commission"
        if (start >= 3 && Word(start - 1) == "the" && Word(start - 2) == "of" && Word(start - 3) is "meeting" or "session" or "conference")
            start -= 3;
        if (start == 0) return null;
        var prev = _ts.Tokens[start - 1];
        return a.Ordinals.FirstOrDefault(o => o.Span.End == prev.End && o.Span.Start >= sentence.Start);
    }

    private bool IsOrdinalToken(int i) => a.Ordinals.Exists(o => o.Span.Contains(new Span(_ts.Tokens[i].Start, _ts.Tokens[i].Length)));

    /// <summary>"a yearly Trade Forum", "launch the Youth Forum", "is held annually": not a held meeting.</summary>
    private bool IsSkipped(int nameStart, PhraseMention k)
    {
        var from = Math.Max(0, Math.Min(nameStart, k.FirstToken) - 4);
        var to = Math.Min(_ts.Tokens.Count, k.EndToken + 5);
        var range = Span.FromBounds(_ts.Tokens[from].Start, _ts.Tokens[to - 1].End);
        return a.In(a.Cues, range).Any(c => c.Value == "skip" && !(c.FirstToken >= k.FirstToken && c.EndToken <= k.EndToken));
    }

    /// <summary>"the ministers of India and the Mekong countries" → mekong-india (Rules/mechanism-pairs.tsv).</summary>
    private string? PairMechanism(Span sentence)
    {
        var parties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in a.In(a.Countries, sentence)) parties.Add(c.Value);
        foreach (var m in a.In(a.Mechanisms, sentence)) parties.Add(m.Value);
        for (var i = _ts.IndexAt(sentence.Start); i < _ts.Tokens.Count && _ts.Tokens[i].Start < sentence.End; i++)
            if (Word(i) is "mekong" or "mê" && !a.Mechanisms.Exists(m => m.FirstToken <= i && i < m.EndToken)) parties.Add("mekong");
        foreach (var (x, y, id) in Pairs.Value)
            if (parties.Contains(x) && parties.Contains(y)) return id;
        return null;
    }

    private static bool IsVietnamese(string phrase) => phrase.Any(c => c > 127);

    private bool IsAbbreviation(int i) => _ts.Tokens[i].Length >= 2 && _ts.TextOf(_ts.Tokens[i]).ToString().All(char.IsUpper);

    private string Word(int i) => _ts.WordAt(i);
}
