using Concordia.Text.Assembly;

namespace Concordia.Text.Tests;

public class ActionWordsTests
{
    [Theory]
    [InlineData("provide 6,100 million yen to improve water supply", "Provide 6,100 million yen to improve the water supply.", 1.0)]
    [InlineData("strengthen cooperation in digital economy", "strengthen cooperation in green energy", 0.333)]
    [InlineData("upgrade roads", "build ports", 0.0)]
    [InlineData("to do it", "to do it", 0.0)]
    public void Similarity_TwoActions_IsSharedOverAllLongWords(string first, string second, double expected)
    {
        var words = new ActionWords();
        Assert.Equal(expected, ActionWords.Similarity(words.Of(first).Words, words.Of(second).Words), 3);
    }

    [Fact]
    public void Of_WordsWithDigits_AreFigures()
    {
        var words = new ActionWords();
        var (all, figures) = words.Of("lend 4,200 million yen by 2027 and 4,200 more");
        Assert.Equal(4, ActionWords.Count(all));
        Assert.True(ActionWords.SameSet(words.Of("2027 4,200").Figures, figures));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(4000)]
    public void Of_ManyWordsPastTheSizeGiven_SameWordSameId(int chars)
    {
        var words = new ActionWords(chars);
        var first = Enumerable.Range(0, 300).Select(i => words.Of($"build bridge{i} road{i % 7} and upgrade port{i}")).ToList();
        for (var i = 0; i < 300; i++) Assert.True(ActionWords.SameSet(first[i].Words, words.Of($"build bridge{i} road{i % 7} and upgrade port{i}").Words));
        Assert.True(ActionWords.SameSet(words.Of("Build").Words, words.Of("build,").Words));
        Assert.False(ActionWords.SameSet(words.Of("bridge10").Words, words.Of("bridge100").Words));
        var (all, figures) = words.Of("road1 road1 bridge2 port3 harbour");
        Assert.Equal((4, 3), (ActionWords.Count(all), ActionWords.Count(figures)));
    }

    [Theory]
    [InlineData("Đẩy mạnh HỢP TÁC kinh tế số, ĐỒNG THỜI mở rộng")]
    [InlineData("Vietnam’s ODA LOANS for İstanbul-style METRO lines")]
    [InlineData("STRASSE Straße ΣΟΦΙΑ σοφια KELVIN \u212Aelvin 𐐀𐐁𐐂 done")]
    [InlineData("build roads,,bridges;; and-ports. ")]
    [InlineData("Lend 4,200 MILLION yen;BUILD-Roads.and 2027 US$5 million ")]
    public void Of_AnyCase_SameWordsAsTheWholeTextInLowerCase(string action)
    {
        var words = new ActionWords();
        var expected = action.ToLowerInvariant().Split([' ', ',', '.', ';', '-']).Where(w => w.Length > 3).Distinct().Count();
        var (all, _) = words.Of(action);
        Assert.Equal(expected, ActionWords.Count(all));
        Assert.True(ActionWords.SameSet(all, words.Of(action.ToLowerInvariant()).Words));
    }
}
