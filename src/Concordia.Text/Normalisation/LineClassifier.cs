using Concordia.Text.Lexicons;

namespace Concordia.Text.Normalisation;

/// <summary>
/// Finds the line rule (Rules/lines.rules) of a line, as <see cref="RuleGroup.First"/> does, but skips a rule when a
/// cheap test of the line shows its pattern cannot match: most lines are body text that no rule matches, and a
/// regex call costs far more than a look at the first and last characters. Each test is a necessary condition of
/// its rule's pattern (every alternative of it); a rule without a test always runs. The tests are checked against
/// the rules' examples, so a rule given a new kind of example needs its test widened.
/// </summary>
internal sealed class LineClassifier(RuleGroup rules)
{
    /// <summary>A necessary condition for a rule's pattern to match a trimmed, non-empty line.</summary>
    internal delegate bool LineTest(ReadOnlySpan<char> line);

    private static readonly Dictionary<string, LineTest> Tests = new(StringComparer.Ordinal)
    {
        ["xx.stamp.time-date"] = MayBeStamp,
        ["xx.boilerplate.menu"] = StartsWith("un", "me", "ho", ">"),
        ["xx.boilerplate.social"] =
            StartsWith("li", "fo", "sh", "pr", "bl", "po", "yo", "co", "đọ", "xe", "ta", "từ", "re", "ti"),
        ["xx.boilerplate.source"] =
            StartsWith("so", "ng", "th", "vn", "tt", "vg", "xi", "af", "re", "ky", "yo", "by", "ne"),
        // "… 04-06-2024" ends with a date; the other alternatives start with "tổng số" or "tiêu đề".
        ["xx.boilerplate.headline-list"] = line => EndsWithYearAfter(line, "-/.") || MayStartWith(line, "tổ", "ti"),
        // Letters and digits are neither punctuation, symbols nor spaces.
        ["xx.boilerplate.punctuation"] = line => !char.IsLetterOrDigit(line[0]),
        ["xx.caption.photo"] = line => line[^1] is ')' or '|',
        ["xx.boilerplate.credit-only"] = line => MayStartWith(line, "ph", "ản") && line.Contains(':'),
    };

    private readonly PatternRule[] _rules = [.. rules.Rules];
    private readonly LineTest?[] _tests = [.. rules.Rules.Select(r => Tests.GetValueOrDefault(r.Id))];

    /// <summary>The test of a rule, or null when it has none (for tests).</summary>
    internal static LineTest? TestOf(string ruleId) => Tests.GetValueOrDefault(ruleId);

    /// <summary>The rule of the first match in [start, start + length): the leftmost, the earlier rule on a tie.</summary>
    public PatternRule? Classify(string text, int start, int length)
    {
        var line = text.AsSpan(start, length);
        PatternRule? first = null;
        var firstIndex = int.MaxValue;
        for (var i = 0; i < _rules.Length; i++)
        {
            var rule = _rules[i];
            if (_tests[i] is { } test && !test(line)) continue;
            // The first match only, found once and without a Match object.
            foreach (var match in rule.Regex.EnumerateMatches(line))
            {
                if (start + match.Index < firstIndex) (first, firstIndex) = (rule, start + match.Index);
                break;
            }
            if (firstIndex == start) break;
        }
        return first;
    }

    /// <summary>
    /// Every alternative of the stamp pattern has a <c>\d</c>, and starts with a digit, with "mới nhất", with
    /// "… published: 2019/6/12" (a colon and a slash), or with a capitalised word and a day number ("November 3, 2022");
    /// on lines up to 100 characters also with a date as "12/03/2024" (a slash) or with "updated", "posted", "cập nhật"….
    /// </summary>
    private static bool MayBeStamp(ReadOnlySpan<char> line)
    {
        if (!HasDigit(line)) return false;
        if (char.IsDigit(line[0]) || MayStartWith(line, "mớ") || (line.Contains(':') && line.Contains('/'))) return true;
        if (line.Length <= 100 && (line.Contains('/') || MayStartWith(line, "la", "up", "pu", "po", "cậ", "ng", "đă"))) return true;
        return StartsWithWordAndNumber(line);
    }

    /// <summary>A capitalised word (an upper-case letter, lower-case letters, maybe a dot), spaces, then a digit.</summary>
    private static bool StartsWithWordAndNumber(ReadOnlySpan<char> line)
    {
        if (!char.IsUpper(line[0])) return false;
        var i = 1;
        while (i < line.Length && char.IsLower(line[i])) i++;
        if (i == 1) return false;
        if (i < line.Length && line[i] == '.') i++;
        var spaces = i;
        while (i < line.Length && (char.IsWhiteSpace(line[i]) || char.IsSeparator(line[i]))) i++;
        return i > spaces && i < line.Length && char.IsDigit(line[i]);
    }

    /// <summary>Whether the line ends with four digits after one of <paramref name="separators"/> and a digit ("…-06-2024").</summary>
    private static bool EndsWithYearAfter(ReadOnlySpan<char> line, string separators) =>
        line.Length >= 6 && char.IsDigit(line[^1]) && char.IsDigit(line[^2]) && char.IsDigit(line[^3]) && char.IsDigit(line[^4])
        && separators.Contains(line[^5]) && char.IsDigit(line[^6]);

    /// <summary>A <c>\d</c> (any Unicode decimal digit); past ASCII, the first ones are at U+0660.</summary>
    private static bool HasDigit(ReadOnlySpan<char> line)
    {
        if (line.ContainsAnyInRange('0', '9')) return true;
        for (var k = line.IndexOfAnyExceptInRange('\0', '\u065F'); k >= 0; k = line.IndexOfAnyExceptInRange('\0', '\u065F'))
        {
            if (char.IsDigit(line[k])) return true;
            line = line[(k + 1)..];
        }
        return false;
    }

    /// <summary>
    /// <see cref="MayStartWith"/> as a test, with the answer for each ASCII first character worked out once: most lines
    /// start with a letter no prefix may begin with, and are turned down by one look at a table.
    /// </summary>
    internal static LineTest StartsWith(params string[] prefixes)
    {
        var firsts = new bool[128];
        for (var c = 0; c < firsts.Length; c++) firsts[c] = prefixes.Any(p => MayBe((char)c, p[0]));
        return line => (!char.IsAscii(line[0]) || firsts[line[0]]) && MayStartWith(line, prefixes);
    }

    /// <summary>
    /// False when the line cannot start with any of the (case-insensitive) literals <paramref name="prefixes"/> begin
    /// with: only its ASCII characters are judged; any other may be a case variant.
    /// </summary>
    internal static bool MayStartWith(ReadOnlySpan<char> line, params ReadOnlySpan<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            var i = 0;
            while (i < prefix.Length && i < line.Length && MayBe(line[i], prefix[i])) i++;
            if (i == prefix.Length) return true;
        }
        return false;
    }

    /// <summary>Whether the character <paramref name="c"/> of a line may match the pattern character <paramref name="p"/> ignoring case.</summary>
    internal static bool MayBe(char c, char p)
    {
        if (!char.IsAscii(c) || c == p) return true;
        if (!char.IsAscii(p)) return char.ToLowerInvariant(c) == char.ToLowerInvariant(p) || char.ToUpperInvariant(c) == char.ToUpperInvariant(p);
        return char.IsAsciiLetter(p) && (c | 0x20) == (p | 0x20);
    }
}
