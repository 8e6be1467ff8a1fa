using Concordia.Text.Lexicons;

namespace Concordia.Text.Recognition;

internal sealed partial class PersonRecogniser
{
    private sealed record Chain(int End, List<string> Roles, string? Country, string RuleId, bool CopiesRoles);

    /// <summary>Titles joined by "and", ",", "cum", "và", "kiêm", with demonyms or countries between them, from token <paramref name="pos"/>.</summary>
    private Chain? ReadChain(int pos, bool apposition)
    {
        var roles = new List<string>();
        string? country = null;
        string? ruleId = null;
        var copies = false;
        var end = pos;
        while (pos < _ts.Array.Length)
        {
            if (_titles.TryGetValue(pos, out var t))
            {
                ruleId ??= t.RuleId;
                pos = t.EndToken;
                if (t.Value == "=") copies = true;
                else if (t.Value != "-") roles.Add(Extend(t, ref pos, ref country, apposition));
                end = pos;
                if (_countries.TryGetValue(pos, out var c0) || (Word(pos) == "nước" && _countries.TryGetValue(pos + 1, out c0)))
                {
                    country ??= c0.Value;
                    pos = c0.EndToken;
                    end = pos;
                    if (Word(pos) == "tại" && _countries.TryGetValue(pos + 1, out var at) && roles.Count > 0)
                    {
                        roles[^1] += " to " + Phrases.CountryName(at.Value);
                        pos = at.EndToken;
                        end = pos;
                    }
                }
                continue;
            }
            if (_countries.TryGetValue(pos, out var c) && _titles.ContainsKey(c.EndToken))
            {
                country ??= c.Value;
                pos = c.EndToken;
                continue;
            }
            if (Word(pos) is "," or "and" or "và" or "cum" or "kiêm" && ruleId is not null && (_titles.ContainsKey(pos + 1) || (_countries.TryGetValue(pos + 1, out var c2) && _titles.ContainsKey(c2.EndToken))))
            {
                pos++;
                continue;
            }
            break;
        }
        return ruleId is null ? null : new Chain(end, roles, country, ruleId, copies);
    }

    /// <summary>"Ambassador to Myanmar", "President of the World Bank", "Minister of MWRRD".</summary>
    private string Extend(PhraseMention t, ref int pos, ref string? country, bool apposition)
    {
        var role = t.Value;
        if (t.Extra is "of" && Word(pos) == "of")
        {
            var run = ReadOfRun(pos + 1, apposition);
            if (run.End > pos + 1)
            {
                role += " of " + Slice(pos + 1, run.End);
                country ??= run.Country;
                pos = run.End;
            }
        }
        if (t.Extra is "of" or "to" && Word(pos) == "to" && _countries.TryGetValue(pos + 1, out var to))
        {
            role += " to " + Phrases.CountryName(to.Value);
            pos = to.EndToken;
        }
        return role;
    }

    /// <summary>
    /// The body after "of": capitalised words, "of", "the", "and". Before a name it must end at an organisation word
    /// or a country ("... Council of Laos | Somsak Inthavong"); in an apposition it takes the whole run.
    /// </summary>
    private (int End, string? Country) ReadOfRun(int pos, bool apposition)
    {
        var boundary = pos;
        string? country = null;
        var i = pos;
        while (i < _ts.Array.Length && i < pos + 14)
        {
            if (_countries.TryGetValue(i, out var c))
            {
                country ??= c.Value;
                i = c.EndToken;
                boundary = i;
                continue;
            }
            var w = Word(i);
            if (w is "of" or "the" or "and" or "&") { i++; continue; }
            if (w == "'" && Word(i + 1) == "s") { i += 2; continue; }
            if (w == "to" && _countries.ContainsKey(i + 1)) break;
            if (!_ts.IsCapitalised(i)) break;
            i++;
            if (OrgEnds.Contains(w)) boundary = i;
        }
        while (i > pos && Word(i - 1) is "of" or "the" or "and" or "&") i--;
        return (apposition || boundary == pos ? (apposition ? i : boundary) : boundary, country);
    }

    /// <summary>A demonym, a possessive country ("Vietnam's") or "former" just before the title chain.</summary>
    private string? Before(int start, out string? loose)
    {
        loose = null;
        var i = start - 1;
        if (i >= 1 && Word(i) == "s" && Word(i - 1) == "'" && CountryEndingAt(i - 1) is { } pc) return pc;
        return CountryEndingAt(start);
    }

    private string? ModifierBefore(int start)
    {
        var i = _countriesByEnd.TryGetValue(start, out var c) ? c.FirstToken - 1 : start - 1;
        return Word(i) is "former" or "acting" or "late" ? Word(i) : null;
    }

    /// <summary>The country whose mention ends just before token <paramref name="end"/> (country mentions do not overlap).</summary>
    private string? CountryEndingAt(int end) => _countriesByEnd.TryGetValue(end, out var c) ? c.Value : null;

    private string Word(int i) => _ts.WordAt(i);

    private string Slice(int from, int to) =>
        _ts.Text[_ts.Array[from].Start.._ts.Array[to - 1].End];

    internal static RuleSet Rules => RuleSet.Instance;
}
