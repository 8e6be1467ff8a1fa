using System.Text;
using Concordia.Text.Lexicons;
using Concordia.Text.Normalisation;

namespace Concordia.Text.Tests;

/// <summary>The repair found from bit masks must write what the character-by-character scan wrote.</summary>
public class WriteRepairedTests
{
    private static readonly GluedWordSplitter Splitter = RuleSet.Instance.Splitter;

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("forthe")]
    [InlineData("The ministers met andmade plans forthe region,noting its role”while(they) said;that.")]
    [InlineData("said,noting ”partnership )and ;and ,and x,y 3,four é,été")]
    [InlineData("Ministerof the cooperationbetween twoCountries and cooperationBetween co-operationbetween")]
    [InlineData("forthe1 1forthe forthe- -forthe éforthe forthé forthe’s")]
    [InlineData("đoàn forthe trong khu vực andmade")]
    public void WriteRepaired_Line_SameAsCharacterScan(string line) => AssertSame(line);

    [Fact]
    public void WriteRepaired_SampleCorpusLines_SameAsCharacterScan()
    {
        foreach (var file in Directory.GetFiles(RuleGroupTests.SampleCorpusFolder()))
            foreach (var line in File.ReadAllLines(file))
            {
                AssertSame(line);
                AssertSame(line.Replace(" ", ""));
                AssertSame(line.ToUpperInvariant());
            }
    }

    /// <summary>Runs of every length around the 64-character blocks, marks at block edges, glued words at any offset.</summary>
    [Fact]
    public void WriteRepaired_RandomLines_SameAsCharacterScan()
    {
        string[] pieces =
        [
            " ", " ", " ", ",", ";", "”", ")", "(", ".", "-", "’", "1", "é", "Đ", "\t", "a", "B", "the", "and", "forthe", "andmade",
            "Ministerof", "twoCountries", "cooperationbetween", "whileobtaining", "deliveringremarks", "thecommemorative",
            "particularlyinnovation", "internationalcooperation", "ab", "abcd", "abcde", "ABCDE", "xyzzy", "Mekong",
        ];
        var random = new Random(64);
        for (var n = 0; n < 4000; n++)
        {
            var line = new StringBuilder();
            var count = random.Next(60);
            for (var i = 0; i < count; i++) line.Append(pieces[random.Next(pieces.Length)]);
            AssertSame(line.ToString());
        }
        for (var length = 1; length <= 200; length++)
            for (var offset = 0; offset < 3; offset++)
            {
                AssertSame(new string(' ', offset) + new string('x', length) + " y");
                AssertSame(new string('x', length) + ",y" + new string(' ', offset) + "forthe" + ";z");
            }
    }

    private static void AssertSame(string line)
    {
        // The line sits inside a longer text, as it does when written.
        var text = "x\n" + line + "\ny";
        var expected = new MappedTextBuilder();
        Reference.WriteRepaired(expected, text, 2, line.Length, Splitter);
        var actual = new MappedTextBuilder();
        LineWriter.WriteRepaired(actual, text, 2, line.Length, Splitter);
        var (expectedText, expectedMap) = expected.Build();
        var (actualText, actualMap) = actual.Build();
        Assert.Equal(expectedText, actualText);
        Assert.Equal(expectedMap.RunCount, actualMap.RunCount);
        for (var i = 0; i <= expectedText.Length; i++)
            for (var length = 0; length <= 1 && i + length <= expectedText.Length; length++)
                Assert.Equal(expectedMap.ToOriginal(new(i, length)), actualMap.ToOriginal(new(i, length)));
    }

    /// <summary>The repair as it was before the bit masks: every character looked at in turn (the helpers, unchanged, are the writer's own).</summary>
    private static class Reference
    {
        public static void WriteRepaired(MappedTextBuilder b, string text, int start, int length, GluedWordSplitter splitter)
        {
            var end = start + length;
            var copied = start;
            var i = start;
            while (i < end)
            {
                var c = text[i];
                if (char.IsAsciiLetter(c))
                {
                    var j = i + 1;
                    while (j < end && char.IsAsciiLetter(text[j])) j++;
                    if (j - i >= GluedWordSplitter.MinLength && !LineWriter.IsGlued(text, i, j, start, end)
                        && splitter.Split(text.AsSpan(i, j - i)) is { Length: > 0 } cuts)
                        copied = LineWriter.WriteCuts(b, text, copied, i, cuts);
                    i = j;
                    continue;
                }
                if (c is ',' or ';' or '\u201D' or ')' && LineWriter.NeedsSpaceAfter(text, i, start, end))
                {
                    b.Copy(text.AsSpan(copied, i + 1 - copied), copied);
                    b.Insert(" ", i + 1);
                    copied = i + 1;
                }
                i++;
            }
            b.Copy(text.AsSpan(copied, end - copied), copied);
        }
    }
}
