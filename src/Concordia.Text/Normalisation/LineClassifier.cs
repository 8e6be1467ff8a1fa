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
        ["xx.boilerplate.menu"] = line => MayStartWith(line, "uUmMhH>"),
        ["xx.boilerplate.social"] = line => MayStartWith(line, "lLfFsSpPbByYcCxXtTrR"),
        ["xx.boilerplate.source"] = line => MayStartWith(line, "sSnNtTvVxXaArRkKyYbB"),
        // "… 04-06-2024" ends with a digit; the other alternatives start with "tổng số" or "tiêu đề".
        ["xx.boilerplate.headline-list"] = line =>
            char.IsDigit(line[^1]) || (line.Length > 1 && MayStartWith(line, "tT") && MayStartWith(line[1..], "iI")),
        // Letters and digits are neither punctuation, symbols nor spaces.
        ["xx.boilerplate.punctuation"] = line => !char.IsLetterOrDigit(line[0]),
        ["xx.caption.photo"] = line => line[^1] is ')' or '|',
        ["xx.boilerplate.credit-only"] = line => MayStartWith(line, "pP") && line.Contains(':'),
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
            if (!rule.Regex.IsMatch(line)) continue;
            var index = rule.Regex.Match(text, start, length).Index;
            if (index < firstIndex) (first, firstIndex) = (rule, index);
            if (index == start) break;
        }
        return first;
    }

    /// <summary>
    /// Every alternative of the stamp pattern has a <c>\d</c>. Those that allow a line over 100 characters start with
    /// a digit, with "mới nhất", with a capitalised word and a day number ("November 3, 2022 | …": nothing but letters,
    /// dots and spaces before the first digit), or have "published: 2019/6/12" (a colon and a slash).
    /// </summary>
    private static bool MayBeStamp(ReadOnlySpan<char> line)
    {
        if (!HasDigit(line)) return false;
        if (line.Length <= 100 || char.IsDigit(line[0]) || MayStartWith(line, "mM") || (line.Contains(':') && line.Contains('/'))) return true;
        if (!char.IsUpper(line[0])) return false;
        foreach (var c in line)
        {
            if (char.IsDigit(c)) return true;
            if (!(char.IsLetter(c) || c == '.' || char.IsWhiteSpace(c) || char.IsSeparator(c))) return false;
        }
        return false;
    }

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

    /// <summary>False when the line starts with an ASCII character none of the pattern's first letters can be, in any case.</summary>
    private static bool MayStartWith(ReadOnlySpan<char> line, string firstAscii) =>
        !char.IsAscii(line[0]) || firstAscii.Contains(line[0], StringComparison.Ordinal);
}
