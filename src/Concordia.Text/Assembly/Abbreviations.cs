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
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Definition().Matches(text))
            map.TryAdd(m.Groups["abbr"].Value, Body().Replace(m.Groups["long"].Value, ""));
        foreach (var p in people)
            for (var i = 0; i < p.Roles.Count; i++)
                foreach (var (abbr, full) in map)
                    p.Roles[i] = Regex.Replace(p.Roles[i], $@"\bof {abbr}\b", "of " + full);
    }

    private static bool HasAbbreviation(string role) => role.Split(' ').Any(w => w.Length >= 2 && w.All(char.IsUpper));
}
