using System.Buffers;
using System.Text;
using Concordia.Text.Languages;

namespace Concordia.Text.Tests;

/// <summary>The detector's one pass over the words must count what splitting, trimming and set lookups count.</summary>
public class LanguageDetectorTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("   ... ,, ;")]
    [InlineData("the")]
    [InlineData(" THE  Of\nand\n ")]
    [InlineData("the\nof and\tto")]
    [InlineData("“The” (of) [and]. -to- –in– ‘a’ “Is”")]
    [InlineData("the—of the/of the's of-the")]
    [InlineData("ıs iſ İs İS Is the\u00A0of")]
    [InlineData("và của các là trong được cho với những một có đã này tại người không về hợp tác")]
    [InlineData("VÀ CỦA Các LÀ TRONG được CHO Với NHỮNG MỘT Có ĐÃ")]
    [InlineData("Hợp tác Mê Công – Nhật Bản: người dân trong khu vực")]
    [InlineData("東京で会議 北京会议 서울 회의 การประชุม Москва встреча")]
    [InlineData("𝐭𝐡𝐞 \uD835 the\uDC00 of")]
    public void Count_OddText_SameAsSplittingAndSets(string text) => AssertSameCounts(text);

    [Fact]
    public void Count_SampleCorpusAndItsSlices_SameAsSplittingAndSets()
    {
        foreach (var file in Directory.GetFiles(RuleGroupTests.SampleCorpusFolder()))
        {
            var raw = File.ReadAllText(file);
            foreach (var text in new[] { raw, Normalisation.Normaliser.Normalise(raw).Text, raw.ToUpperInvariant() })
                for (var start = 0; start < text.Length; start += 97)
                    AssertSameCounts(text.AsSpan(start, Math.Min(text.Length - start, 1 + start % 4500)));
        }
    }

    [Fact]
    public void Count_RandomText_SameAsSplittingAndSets()
    {
        string[] pieces =
        [
            " ", " ", " ", "  ", "\n", "\r\n", "\t", ".", ",", ";", ":", "!", "?", "\"", "'", "(", ")", "[", "]", "“", "”", "‘", "’", "-", "–", "—",
            "/", "…", "\u00A0", "1", "2024", "x", "Q", "é", "ı", "ſ", "K", "İ", "𝐭", "the", "THE", "tHe", "of", "And", "to", "in", "a", "is", "for",
            "with", "that", "WITH", "from", "has", "have", "will", "its", "them", "th", "cho", "CHO", "trong", "Trong", "và", "VÀ", "của", "Của",
            "các", "là", "được", "với", "những", "NHỮNG", "một", "có", "đã", "này", "tại", "người", "không", "về", "hợp", "tác", "tac", "hop",
            "cooperation", "ministers", "東京", "会议", "회의", "การ", "встреча", "ơ", "Ư", "đ", "Ă", "\u0301", "a\u0300",
        ];
        var random = new Random(20261123);
        for (var n = 0; n < 3000; n++)
        {
            var text = new StringBuilder();
            var length = random.Next(n < 2900 ? 40 : 2000);
            for (var i = 0; i < length; i++) text.Append(pieces[random.Next(pieces.Length)]);
            AssertSameCounts(text.ToString());
        }
    }

    [Fact]
    public void Count_ManyWords_StopsAfterTheSameWord()
    {
        var text = string.Concat(Enumerable.Repeat("x ", 1499)) + "the of and , ; the";
        var counts = LanguageDetector.Count(text);
        Assert.Equal(1501, counts.Words);
        Assert.Equal(2, counts.English);
        AssertSameCounts(text);
    }

    /// <summary>No listed non-ASCII letter equals an ASCII character ignoring case, so an ASCII word can only be a listed ASCII word.</summary>
    [Fact]
    public void ListedLetters_NonAscii_EqualNoAsciiCharacterIgnoringCase()
    {
        foreach (var letter in LanguageDetector.Listed.Letters.Where(l => !char.IsAscii(l)))
            for (var c = (char)0; c < 128; c++)
                Assert.False(MemoryExtensions.Equals([c], [letter], StringComparison.OrdinalIgnoreCase), $"{c} and {letter}");
    }

    private static void AssertSameCounts(ReadOnlySpan<char> text)
    {
        var expected = Reference.Count(text);
        var actual = LanguageDetector.Count(text);
        Assert.Equal(expected.Words, actual.Words);
        Assert.Equal(expected.English, actual.English);
        Assert.Equal(expected.Vietnamese, actual.Vietnamese);
        Assert.Equal(expected.VietnameseLetters, actual.VietnameseLetters);
        Assert.Equal(expected.Scripts, actual.Scripts);
        Assert.Equal(LanguageDetector.Decide(expected), LanguageDetector.Detect(text));
    }

    /// <summary>The detector as it was before its one-pass word loop: split on spaces, trim, look up case-insensitive sets.</summary>
    private static class Reference
    {
        private static readonly SearchValues<char> TrimmedChars = SearchValues.Create(".,;:!?\"'()[]“”‘’\n\r\t-–");
        private static readonly HashSet<string> English = new(LanguageDetector.English, StringComparer.OrdinalIgnoreCase);
        private static readonly HashSet<string> Vietnamese = new(LanguageDetector.Vietnamese, StringComparer.OrdinalIgnoreCase);

        public static LanguageDetector.WordCounts Count(ReadOnlySpan<char> text)
        {
            text = text[..Math.Min(text.Length, 4000)];
            int words = 0, en = 0, vi = 0, viLetters = 0;
            var scripts = new int[5];
            foreach (var range in text.Split(' '))
            {
                var w = Trim(text[range]);
                if (w.IsEmpty) continue;
                words++;
                var word = w.ToString();
                en += English.Contains(word) ? 1 : 0;
                vi += Vietnamese.Contains(word) ? 1 : 0;
                foreach (var c in w)
                {
                    if (c is >= '\u1EA0' and <= '\u1EF9' or 'ơ' or 'ư' or 'đ' or 'ă' or 'Ơ' or 'Ư' or 'Đ' or 'Ă') { viLetters++; break; }
                    if (c is >= '\u3040' and <= '\u30FF') scripts[0] += 2;
                    else if (c is >= '\u4E00' and <= '\u9FFF') scripts[1]++;
                    else if (c is >= '\uAC00' and <= '\uD7AF') scripts[2]++;
                    else if (c is >= '\u0E00' and <= '\u0E7F') scripts[3]++;
                    else if (c is >= '\u0400' and <= '\u04FF') scripts[4]++;
                }
                if (words > 1500) break;
            }
            return new LanguageDetector.WordCounts(words, en, vi, viLetters, scripts);
        }

        private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> w)
        {
            var first = w.IndexOfAnyExcept(TrimmedChars);
            return first < 0 ? [] : w[first..(w.LastIndexOfAnyExcept(TrimmedChars) + 1)];
        }
    }
}
