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
    public void PrefixPacks_EachPrefix_PacksLikeTheWholePrefix()
    {
        const string word = "forthwithstanding";
        Span<ulong> packs = stackalloc ulong[AsciiWordSet.MaxPacked + 1];
        AsciiWordSet.PrefixPacks(word, packs);
        for (var i = 1; i <= AsciiWordSet.MaxPacked; i++)
        {
            Assert.True(AsciiWordSet.TryPack(word.AsSpan(0, i), out var packed));
            Assert.Equal(packed, packs[i]);
        }
        Assert.True(Words.ContainsPrefix(word, 3, packs));
        Assert.False(Words.ContainsPrefix(word, 4, packs));
        Assert.True(Words.ContainsPrefix(word, 9, packs));
        Assert.False(Words.ContainsPrefix(word, 0, packs));
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
