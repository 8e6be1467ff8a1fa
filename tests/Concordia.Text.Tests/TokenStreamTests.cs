using Concordia.Text.Lexicons;
using Concordia.Text.Recognition;

namespace Concordia.Text.Tests;

public class TokenStreamTests
{
    [Theory]
    [InlineData("Deputy Prime Minister Jan Kowal met his Thai counterpart in Bangkok on 12th March 2024.", "deputy|prime|minister|jan|kowal|met|his|thai|counterpart|in|bangkok|on|12th|march|2024|.")]
    [InlineData("Mekong–Japan (MJC) — the `third’ plan", "mekong|-|japan|(|mjc|)|-|the|'|third|'|plan")]
    [InlineData("Bộ trưởng Ngoại giao ĐÀO Văn Minh, ngày 15/3", "bộ|trưởng|ngoại|giao|đào|văn|minh|,|ngày|15|/|3")]
    [InlineData("  \t\n ", "")]
    public void Create_MixedText_FoldedTokens(string text, string expected)
    {
        var ts = TokenStream.Create(text);

        Assert.Equal(text.Length, ts.Folded.Length);
        Assert.Equal(expected, string.Join("|", ts.Tokens.Select(t => ts.FoldedOf(t).ToString())));
    }

    [Fact]
    public void Create_EveryToken_IdIsTheVocabularyLookupOfItsFoldedForm()
    {
        const string text = "The Mekong-Lancang Cooperation (LMC) foreign ministers agreed in Vientiane on July 10, 2025 to set up a US$5 million fund; " +
            "Hội nghị Bộ trưởng Ngoại giao Mê Công - Nhật Bản lần thứ 16 diễn ra ngày 10/7.";
        var ts = TokenStream.Create(text);

        Assert.Contains(ts.Ids, id => id >= 0);
        for (var i = 0; i < ts.Tokens.Count; i++)
            Assert.Equal(Vocabulary.Instance.IdOf(ts.FoldedOf(ts.Tokens[i])), ts.Ids[i]);
    }

    [Fact]
    public void DigitStarts_NumbersAndOrdinals_InTextOrder()
    {
        var ts = TokenStream.Create("On 12th May 2024, 3 ministers and x4 aides met.");

        Assert.Equal(["12th", "2024", "3"], ts.DigitStarts.Select(i => ts.TextOf(ts.Tokens[i]).ToString()));
    }
}
