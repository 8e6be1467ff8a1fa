using System.Text;
using Concordia.Text.Lexicons;
using Concordia.Text.Normalisation;

namespace Concordia.Text.Tests;

/// <summary>The splitter's table lookups, and the ones it skips, must split as looking every piece up in a plain set does.</summary>
public class GluedWordSplitterTests
{
    private static readonly string[] Lexicon = [.. RuleFile.ReadLines("Rules/en/lexicon.txt.gz")];
    private static readonly Reference Plain = new(Lexicon);

    [Theory]
    [InlineData("forthe", new[] { 3 })]
    [InlineData("andmade", new[] { 3 })]
    [InlineData("whileobtaining", new[] { 5 })]
    [InlineData("cooperation", new int[0])]
    [InlineData("Ministerof", new[] { 8 })]
    [InlineData("twoCountries", new[] { 3 })]
    [InlineData("Mekong", new int[0])]
    [InlineData("ASEAN", new int[0])]
    [InlineData("abcd", new int[0])]
    public void Split_Token_SameAsPlainSet(string token, int[] expected)
    {
        Assert.Equal(Plain.Split(token), RuleSet.Instance.Splitter.Split(token));
        Assert.Equal(expected, RuleSet.Instance.Splitter.Split(token));
    }

    [Fact]
    public void Split_SampleCorpusTokens_SameAsPlainSet()
    {
        foreach (var file in Directory.GetFiles(RuleGroupTests.SampleCorpusFolder()))
            foreach (var token in File.ReadAllText(file).Split([' ', '\n', ',', '.', ';', ':', '(', ')', '"', '-', '’', '“', '”']))
            {
                AssertSame(token);
                AssertSame(token.ToLowerInvariant());
            }
    }

    /// <summary>Two and three lexicon words glued, with and without a letter more, in lower case, capitalised and camel case.</summary>
    [Fact]
    public void Split_GluedLexiconWords_SameAsPlainSet()
    {
        var random = new Random(40);
        for (var n = 0; n < 20000; n++)
        {
            var words = Enumerable.Range(0, 2 + random.Next(2)).Select(_ => Lexicon[random.Next(Lexicon.Length)]).ToArray();
            var glued = string.Concat(words);
            AssertSame(glued);
            AssertSame(glued + "s");
            AssertSame(glued[1..]);
            AssertSame(char.ToUpperInvariant(glued[0]) + glued[1..]);
            AssertSame(string.Concat(words.Select((w, i) => i == 0 || w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])));
        }
        for (var n = 0; n < 5000; n++)
        {
            var letters = new StringBuilder();
            for (var i = random.Next(3, 42); i > 0; i--) letters.Append((char)('a' + random.Next(26)));
            AssertSame(letters.ToString());
        }
    }

    private static void AssertSame(string token)
    {
        Assert.True(Plain.Split(token).SequenceEqual(RuleSet.Instance.Splitter.Split(token)), token);
    }

    /// <summary>The splitter as it was, every piece looked up in a hash set of strings.</summary>
    private sealed class Reference(IEnumerable<string> words)
    {
        private static readonly HashSet<string> FunctionWords =
        [
            "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as", "into",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "their", "they", "he", "she",
            "his", "her", "this", "that", "these", "while", "about", "between", "both", "new", "two", "not",
        ];

        private readonly HashSet<string> _words = [.. words.Where(w => w.Length is > 0 and <= 255 && w.All(char.IsAsciiLetterLower))];

        public int[] Split(string token)
        {
            if (token.Length is < 5 or > 40) return [];
            for (var i = 0; i < token.Length; i++)
            {
                var c = token[i];
                if (!char.IsAsciiLetter(c)) return [];
                if (i > 0 && char.IsAsciiLetterUpper(c) && !IsCamelBoundary(token, i)) return [];
            }
            var lower = token.ToLowerInvariant();
            if (_words.Contains(lower)) return [];
            var camel = CamelSplit(token, lower);
            if (camel.Length > 0) return camel;
            if (char.IsAsciiLetterUpper(token[^1])) return [];
            if (char.IsAsciiLetterUpper(token[0])) return WordPlusFunctionWord(lower);
            return BestSplit(lower);
        }

        private static bool IsCamelBoundary(string token, int i) =>
            char.IsAsciiLetterLower(token[i - 1]) && i + 1 < token.Length && char.IsAsciiLetterLower(token[i + 1]);

        private int[] CamelSplit(string token, string lower)
        {
            for (var i = 2; i < token.Length - 2; i++)
            {
                if (!char.IsAsciiLetterUpper(token[i])) continue;
                return _words.Contains(lower[..i]) && (_words.Contains(lower[i..]) || BestSplit(lower[i..]).Length > 0) ? [i] : [];
            }
            return [];
        }

        private int[] WordPlusFunctionWord(string lower)
        {
            for (var cut = lower.Length - 2; cut >= Math.Max(4, lower.Length - 5); cut--)
                if (FunctionWords.Contains(lower[cut..]) && _words.Contains(lower[..cut])) return [cut];
            return [];
        }

        private int[] BestSplit(string lower)
        {
            var best = -1;
            int[] bestCuts = [];
            for (var i = 2; i <= lower.Length - 2; i++)
            {
                if (!_words.Contains(lower[..i])) continue;
                var rest = lower[i..];
                if (_words.Contains(rest))
                    Consider(Score(lower[..i]) + Score(rest) + 100, [i]);
                else
                    for (var j = 2; j <= rest.Length - 2; j++)
                        if (_words.Contains(rest[..j]) && _words.Contains(rest[j..]))
                            Consider(Score(lower[..i]) + Score(rest[..j]) + Score(rest[j..]), [i, i + j]);
            }
            return bestCuts;

            void Consider(int score, int[] cuts)
            {
                if (score > best) (best, bestCuts) = (score, cuts);
            }
        }

        private static int Score(string word) => FunctionWords.Contains(word) ? 3 : word.Length >= 4 ? 2 : 0;
    }
}
