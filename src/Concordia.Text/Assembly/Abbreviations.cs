using System.Text.RegularExpressions;

namespace Concordia.Text.Assembly;

/// <summary>
/// Spells out abbreviations in roles from their definition in the same text: "Ministry of Water Resources and
/// Rural Development (MWRRD)" turns "Minister of MWRRD" into "Minister of Water Resources and Rural Development".
/// </summary>
internal static partial class Abbreviations
{
    [GeneratedRegex(@"\b(?<long>\p{Lu}\w*(?:\s+(?:of|and|for|the|\p{Lu}\w*)){1,8})\s*\((?<abbr>\p{Lu}{2,8})\)")]
    private static partial Regex Definition();

    [GeneratedRegex(@"^(?:Ministry|Department|Office)\s+of\s+")]
    private static partial Regex Body();

    public static void Expand(string text, List<PersonDraft> people)
    {
        if (!people.Exists(p => p.Roles.Exists(r => r.Any(char.IsUpper) && HasAbbreviation(r)))) return;
        if (!AnyDefinedInRoles(text, people)) return;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Definition().Matches(text))
            map.TryAdd(m.Groups["abbr"].Value, Body().Replace(m.Groups["long"].Value, ""));
        foreach (var p in people)
            for (var i = 0; i < p.Roles.Count; i++)
                foreach (var (abbr, full) in map)
                    p.Roles[i] = Regex.Replace(p.Roles[i], $@"\bof {abbr}\b", "of " + full);
    }

    /// <summary>
    /// Whether some "(ABC)" of the text follows "of " in a role: without one no role can change, and the definitions
    /// need not be looked for (a scan that tries every capital letter of the text).
    /// </summary>
    private static bool AnyDefinedInRoles(string text, List<PersonDraft> people)
    {
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var end = open + 1;
            while (end < text.Length && end - open <= 9 && char.IsUpper(text[end])) end++;
            if (end - open - 1 is < 2 or > 8 || end >= text.Length || text[end] != ')') continue;
            var ofAbbreviation = string.Concat("of ", text.AsSpan(open + 1, end - open - 1));
            if (people.Exists(p => p.Roles.Exists(r => r.Contains(ofAbbreviation, StringComparison.Ordinal)))) return true;
        }
        return false;
    }

    private static bool HasAbbreviation(string role) => role.Split(' ').Any(w => w.Length >= 2 && w.All(char.IsUpper));
}
