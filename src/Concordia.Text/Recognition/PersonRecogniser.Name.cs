using Concordia.Domain.Values;

namespace Concordia.Text.Recognition;

internal sealed partial class PersonRecogniser
{
    private readonly record struct Name(int End, string Text, int Parts);

    /// <summary>Up to four capitalised words ("Park Min-jun", "Anong Sae-tang"), stopping at titles, places and common words.</summary>
    private Name ReadName(int pos)
    {
        var i = pos;
        var parts = 0;
        while (i < _ts.Array.Length && parts < 4)
        {
            var text = _ts.TextOf(_ts.Array[i]).ToString();
            if (!_ts.IsCapitalised(i) || _blocked[i] || (i == pos ? NotNames : NotLaterNames).Contains(text)) break;
            if (i > pos && _ts.Array[i].Start > _ts.Array[i - 1].End + 1) break;
            i++;
            while (i + 1 < _ts.Array.Length && _ts.TextOf(_ts.Array[i]) is "-" && Adjacent(i - 1, i) && Adjacent(i, i + 1) && _ts.Array[i + 1].Kind == TokenKind.Word)
                i += 2;
            parts++;
        }
        return parts == 0 ? new Name(pos, "", 0) : new Name(i, Slice(pos, i), parts);
    }

    /// <summary>"Arlen Voss, Deputy Prime Minister and Minister of ...": a name of two to four words before ", title".</summary>
    private PersonMention? NameBefore(int titleStart)
    {
        if (Word(titleStart - 1) != ",") return null;
        var end = titleStart - 1;
        var first = end;
        while (first > 0 && end - first < 4 && _ts.IsCapitalised(first - 1) && !_blocked[first - 1]
               && !NotNames.Contains(_ts.TextOf(_ts.Array[first - 1]).ToString()))
            first--;
        if (end - first < 2 || (first > 0 && _ts.IsCapitalised(first - 1))) return null;
        var chain = ReadChain(titleStart, apposition: true);
        if (chain is null || chain.Roles.Count == 0) return null;
        var name = Slice(first, end);
        var span = Span.FromBounds(_ts.Array[first].Start, _ts.Array[chain.End - 1].End);
        return new PersonMention(span, name, chain.Roles, Before(titleStart, out _) ?? chain.Country, [chain.RuleId, "xx.person.name-comma-title"], false, false);
    }

    private bool Adjacent(int a, int b) => _ts.Array[a].End == _ts.Array[b].Start;

    /// <summary>", Deputy Prime Minister, Minister of MWRRD," after a name: more roles (and a demonym's country).</summary>
    private int ReadAppositions(int pos, List<string> roles, out string? country)
    {
        country = null;
        while (Word(pos) == "," && pos + 1 < _ts.Array.Length)
        {
            string? demonym = null;
            var chain = ReadChain(pos + 1, apposition: true);
            if (chain is null || chain.Roles.Count == 0)
            {
                var c = _countries.GetValueOrDefault(pos + 1);
                if (c is null || !_titles.ContainsKey(c.EndToken)) break;
                chain = ReadChain(c.EndToken, apposition: true);
                if (chain is null) break;
                demonym = c.Value;
            }
            // ", Thai Prime Minister Anong Srisuk": the titles of the next person in a list, not more roles of this one.
            if (ReadName(chain.End).Parts > 0) break;
            roles.AddRange(chain.Roles);
            country ??= demonym ?? chain.Country;
            pos = chain.End;
        }
        return pos;
    }
}
