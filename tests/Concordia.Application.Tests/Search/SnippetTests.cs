using Concordia.Application.Search;

namespace Concordia.Application.Tests.Search;

public sealed class SnippetTests
{
    [Theory]
    [InlineData("Bùi Thanh Sơn", "bui thanh son")]
    [InlineData("Hội nghị Bộ trưởng Ngoại giao", "hoi nghi bo truong ngoai giao")]
    [InlineData("Đỗ Hùng Việt, Đà Nẵng", "do hung viet, da nang")]
    [InlineData("Bu\u0300i Thanh So\u031Bn", "bui thanh son")]
    [InlineData("Mekong–Japan Foreign Ministers’ Meeting", "mekong–japan foreign ministers’ meeting")]
    public void Fold_VietnameseAndEnglish_LowerCaseWithoutMarks(string text, string folded) =>
        Assert.Equal(folded, TextFold.Fold(text));

    [Theory]
    [InlineData("hoi nghi", new[] { "hoi", "nghi" })]
    [InlineData("  \"Bùi\" OR son*  (x) ", new[] { "bui", "or", "son", "x" })]
    [InlineData("son son SON", new[] { "son" })]
    [InlineData("-- : ^", new string[0])]
    public void Terms_Query_FoldedWordsOnly(string query, string[] terms) =>
        Assert.Equal(terms, TextFold.Terms(query));

    [Fact]
    public void Highlight_AccentedText_MarksTheWholeOriginalWords()
    {
        var html = Snippets.Highlight("Phó Thủ tướng Bùi Thanh Sơn đồng chủ trì Hội nghị.", TextFold.Terms("bui thanh son hoi ngh"));

        Assert.Equal("Ph&#243; Thủ tướng <mark>B&#249;i</mark> <mark>Thanh</mark> <mark>Sơn</mark> đồng chủ tr&#236; <mark>Hội</mark> <mark>nghị</mark>.", html);
    }

    [Fact]
    public void Highlight_MarkupInTheDocument_IsEncodedAndOnlyMarkIsAdded()
    {
        var html = Snippets.Highlight("<script>alert('son')</script><img src=x onerror=alert(1)> Son said", ["son"]);

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Equal(["<mark>", "</mark>", "<mark>", "</mark>"], System.Text.RegularExpressions.Regex.Matches(html, "</?[a-z]+>").Select(m => m.Value));
    }

    [Fact]
    public void Highlight_LongText_CutsAWindowAroundTheTerms()
    {
        var text = string.Concat(Enumerable.Repeat("Unrelated words about water and energy. ", 40)) + "The Mekong–Japan Summit resumes. " +
                   string.Concat(Enumerable.Repeat("More unrelated words. ", 40));

        var html = Snippets.Highlight(text, ["summit"], window: 120);

        Assert.StartsWith("…", html, StringComparison.Ordinal);
        Assert.EndsWith("…", html, StringComparison.Ordinal);
        Assert.Contains("<mark>Summit</mark>", html, StringComparison.Ordinal);
        Assert.True(html.Length < 200);
    }

    [Fact]
    public void Highlight_TermsAcrossALongText_ShowsThePassageWhereMostOfThemMeet()
    {
        var filler = string.Concat(Enumerable.Repeat("Unrelated words about energy. ", 30));
        var text = "Water first. " + filler + "Water resources and water security: the water summit. " + filler + "Water last.";

        var html = Snippets.Highlight(text, ["water", "summit"], window: 120);

        Assert.Contains("<mark>summit</mark>", html, StringComparison.Ordinal);
        Assert.Equal(4, html.Split("<mark>").Length - 1);
    }
}
