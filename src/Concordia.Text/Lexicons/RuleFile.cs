using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Concordia.Text.Lexicons;

/// <summary>
/// A pattern rule: an id such as <c>en.date.month-day-year</c>, a regex, real examples it must match, and optionally
/// trigger words (lower case): a text with none of them is not scanned with the rule.
/// </summary>
public sealed record PatternRule(string Id, Regex Regex, IReadOnlyList<string> Examples, IReadOnlyList<string> Triggers);

/// <summary>A phrase list (countries, titles, mechanisms ...): an id, examples, and phrase → value entries.</summary>
public sealed record PhraseList(string Id, IReadOnlyList<string> Examples, IReadOnlyList<PhraseEntry> Entries);

public sealed record PhraseEntry(string Phrase, string Value, string? Extra);

/// <summary>
/// Reads the rule files embedded under Rules/. A <c>.rules</c> file holds blocks of <c>id:</c>, <c>pattern:</c>,
/// <c>example:</c> and optional <c>trigger:</c> lines, with <c>define NAME = alternatives</c> macros used as {NAME} in patterns. A <c>.tsv</c>
/// file holds <c># id:</c> and <c># example:</c> header lines, then phrase, value and an optional extra column.
/// </summary>
internal static class RuleFile
{
    private static readonly System.Reflection.Assembly Owner = typeof(RuleFile).Assembly;

    public static IReadOnlyList<PatternRule> LoadRules(string resource)
    {
        var macros = new Dictionary<string, string>(StringComparer.Ordinal);
        var rules = new List<PatternRule>();
        string? id = null, pattern = null;
        var examples = new List<string>();
        var triggers = new List<string>();
        foreach (var raw in ReadLines(resource))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith("define ", StringComparison.Ordinal))
            {
                var eq = line.IndexOf('=', StringComparison.Ordinal);
                macros[line[7..eq].Trim()] = Expand(line[(eq + 1)..].Trim(), macros);
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (key, value) = (line[..colon], line[(colon + 1)..].Trim());
            switch (key)
            {
                case "id":
                    Flush();
                    id = value;
                    break;
                case "pattern": pattern = Expand(value, macros); break;
                case "example": examples.Add(value); break;
                case "trigger": triggers.AddRange(value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)); break;
                default: throw new InvalidDataException($"{resource}: unknown key '{key}'");
            }
        }
        Flush();
        return rules;

        void Flush()
        {
            if (id is null) return;
            if (pattern is null || examples.Count == 0)
                throw new InvalidDataException($"{resource}: rule {id} needs a pattern and at least one example");
            rules.Add(new PatternRule(id, new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture), [.. examples], [.. triggers]));
            (id, pattern) = (null, null);
            examples.Clear();
            triggers.Clear();
        }
    }

    public static PhraseList LoadPhrases(string resource)
    {
        string? id = null;
        var examples = new List<string>();
        var entries = new List<PhraseEntry>();
        foreach (var raw in ReadLines(resource))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0) continue;
            if (line.StartsWith("# id:", StringComparison.Ordinal)) id = line[5..].Trim();
            else if (line.StartsWith("# example:", StringComparison.Ordinal)) examples.Add(line[10..].Trim());
            else if (!line.StartsWith('#'))
            {
                var cols = line.Split('\t');
                entries.Add(new PhraseEntry(cols[0].Trim(), cols.Length > 1 ? cols[1].Trim() : cols[0].Trim(), cols.Length > 2 ? cols[2].Trim() : null));
            }
        }
        if (id is null || examples.Count == 0) throw new InvalidDataException($"{resource}: needs '# id:' and '# example:' lines");
        return new PhraseList(id, examples, entries);
    }

    public static IEnumerable<string> ReadLines(string resource)
    {
        using var stream = Owner.GetManifestResourceStream(resource) ?? throw new InvalidDataException($"missing resource {resource}");
        using var inner = resource.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(inner);
        while (reader.ReadLine() is { } line) yield return line;
    }

    private static string Expand(string pattern, Dictionary<string, string> macros) =>
        Regex.Replace(pattern, @"\{([A-Z_]+)\}", m => macros.TryGetValue(m.Groups[1].Value, out var v) ? $"(?:{v})" : m.Value);
}
