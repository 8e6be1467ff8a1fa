using Concordia.Text.Normalisation;

namespace Concordia.Text.Tests;

public class AsciiWordSetTests
{
    private static readonly AsciiWordSet Words = new(["for", "the", "forthwith", "cooperation", "internationalisation", "Capital", "naïve", "co-op"]);

    [Theory]
    [InlineData("for", true)]
    [InlineData("the", true)]
    [InlineData("forthwith", true)]
    [InlineData("cooperation", true)]
    [InlineData("internationalisation", true)]
    [InlineData("internationalisations", false)]
    [InlineData("forth", false)]
    [InlineData("fo", false)]
    [InlineData("cooperations", false)]
    [InlineData("cooperationcooperation", false)]
    [InlineData("capital", false)]
    [InlineData("naïve", false)]
    [InlineData("co-op", false)]
    [InlineData("", false)]
    public void Contains_ListedLowerCaseAsciiWordsOnly_AreFound(string word, bool expected)
    {
        Assert.Equal(expected, Words.Contains(word));
    }

    [Fact]
    public void PrefixPacks_EachPrefix_PacksLikeTheWholePrefixThenLikeTheRest()
    {
        const string word = "forthwithstandingnessesxyz";
        Span<ulong> packs = stackalloc ulong[AsciiWordSet.MaxPackedPair + 1];
        AsciiWordSet.PrefixPacks(word, packs);
        for (var i = 1; i <= AsciiWordSet.MaxPackedPair; i++)
        {
            var from = i <= AsciiWordSet.MaxPacked ? 0 : AsciiWordSet.MaxPacked;
            Assert.True(AsciiWordSet.TryPack(word.AsSpan(from, i - from), out var packed));
            Assert.Equal(packed, packs[i]);
        }
        Assert.True(Words.ContainsPrefix(word, 3, packs));
        Assert.False(Words.ContainsPrefix(word, 4, packs));
        Assert.True(Words.ContainsPrefix(word, 9, packs));
        Assert.False(Words.ContainsPrefix(word, 0, packs));
    }

    /// <summary>
    /// The lexicon's words, each with a letter dropped, added or changed, at every length packed one way, two ways or
    /// not at all, with their prefixes and suffixes: the lookups behind the filter find what a hash set finds.
    /// </summary>
    [Fact]
    public void Contains_LexiconWordsAndNearMisses_SameAsAHashSet()
    {
        var lexicon = Lexicons.RuleFile.ReadLines("Rules/en/lexicon.txt.gz").ToList();
        var random = new Random(13);
        var kept = lexicon.Where(_ => random.Next(3) > 0).ToList();
        var set = new AsciiWordSet(kept);
        var expected = new HashSet<string>(kept, StringComparer.Ordinal);
        var long24 = "abcdefghijklmnopqrstuvwx";
        var extra = new[] { long24, long24 + "y", long24 + "yz", long24[..12], long24[..13], long24[..23] };
        var set2 = new AsciiWordSet(kept.Concat(extra));
        Span<ulong> packs = stackalloc ulong[AsciiWordSet.MaxPackedPair + 1];
        foreach (var word in lexicon.Concat(extra))
        {
            var at = random.Next(word.Length);
            foreach (var probe in new[] { word, word[..at] + word[(at + 1)..], word[..at] + "e" + word[at..], word[..at] + "q" + word[(at + 1)..], word + word })
            {
                Assert.True(expected.Contains(probe) == set.Contains(probe), probe);
                Assert.True((expected.Contains(probe) || extra.Contains(probe)) == set2.Contains(probe), probe);
                if (probe.Length > 0 && probe.All(char.IsAsciiLetterLower))
                {
                    AsciiWordSet.PrefixPacks(probe, packs);
                    var suffixWords = new bool[probe.Length];
                    set.SuffixWords(probe, 0, suffixWords);
                    for (var k = 0; k < probe.Length; k++) Assert.True(expected.Contains(probe[k..]) == suffixWords[k], probe[k..]);
                    for (var length = 1; length <= probe.Length; length++)
                    {
                        Assert.True(expected.Contains(probe[..length]) == set.ContainsPrefix(probe, length, packs), probe[..length]);
                        var inSet2 = expected.Contains(probe[..length]) || extra.Contains(probe[..length]);
                        Assert.True(inSet2 == set2.ContainsPrefix(probe, length, packs), probe[..length]);
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("z", true)]
    [InlineData("abcdefghijkl", true)]
    [InlineData("abcdefghijklm", false)]
    [InlineData("", false)]
    [InlineData("aB", false)]
    [InlineData("a-b", false)]
    [InlineData("`{", false)]
    public void TryPack_Word_OnlyLowerCaseLettersUpToTwelve(string word, bool expected)
    {
        Assert.Equal(expected, AsciiWordSet.TryPack(word, out _));
    }

    [Fact]
    public void Contains_ManyWords_EachFoundAndNoOther()
    {
        var words = Enumerable.Range(0, 5000).Select(i => new string([.. i.ToString("D5").Select(d => (char)('a' + d - '0'))]) + new string('z', i % 13)).ToList();
        var set = new AsciiWordSet(words.Where((_, i) => i % 2 == 0));
        for (var i = 0; i < words.Count; i++) Assert.Equal(i % 2 == 0, set.Contains(words[i]));
    }
}
