using Concordia.Text.Normalisation;

namespace Concordia.Text.Tests;

public class AsciiWordSetTests
{
    private static readonly AsciiWordSet Words = new(["for", "the", "forthwith", "cooperation", "Capital", "naïve", "co-op"]);

    [Theory]
    [InlineData("for", true)]
    [InlineData("the", true)]
    [InlineData("forthwith", true)]
    [InlineData("cooperation", true)]
    [InlineData("forth", false)]
    [InlineData("fo", false)]
    [InlineData("cooperations", false)]
    [InlineData("capital", false)]
    [InlineData("naïve", false)]
    [InlineData("co-op", false)]
    [InlineData("", false)]
    public void Contains_ListedLowerCaseAsciiWordsOnly_AreFound(string word, bool expected)
    {
        Assert.Equal(expected, Words.Contains(word));
    }

    [Fact]
    public void PrefixHashes_EachPrefix_HashesLikeTheWholePrefix()
    {
        const string word = "forthwith";
        Span<uint> hashes = stackalloc uint[word.Length + 1];
        AsciiWordSet.PrefixHashes(word, hashes);
        for (var i = 0; i <= word.Length; i++) Assert.Equal(AsciiWordSet.Hash(word.AsSpan(0, i)), hashes[i]);
        Assert.True(Words.Contains("for", hashes[3]));
        Assert.False(Words.Contains("fort", hashes[4]));
    }
}
