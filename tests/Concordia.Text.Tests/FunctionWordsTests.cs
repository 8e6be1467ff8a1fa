using Concordia.Text.Languages;

namespace Concordia.Text.Tests;

/// <summary>The detector's word table must find exactly what a case-insensitive (ordinal) set of the same words finds.</summary>
public class FunctionWordsTests
{
    private static readonly string[] En = ["the", "of", "and", "is", "its"];
    private static readonly string[] Vi = ["và", "của", "đã", "người", "những"];
    private static readonly FunctionWords Words = new(En, Vi);

    [Theory]
    [InlineData("the", 1)]
    [InlineData("THE", 1)]
    [InlineData("The", 1)]
    [InlineData("tHe", 1)]
    [InlineData("ıs", 0)]
    [InlineData("iſ", 0)]
    [InlineData("İs", 0)]
    [InlineData("Của", 2)]
    [InlineData("CỦA", 2)]
    [InlineData("ĐÃ", 2)]
    [InlineData("đà", 0)]
    [InlineData("NgƯỜi", 2)]
    [InlineData("the.", 0)]
    [InlineData("them", 0)]
    [InlineData("th", 0)]
    [InlineData("", 0)]
    [InlineData("nhữnggg", 0)]
    public void FlagsOf_Word_SameAsOrdinalIgnoreCaseSets(string word, int expected)
    {
        var en = new HashSet<string>(En, StringComparer.OrdinalIgnoreCase).Contains(word) ? 1 : 0;
        var vi = new HashSet<string>(Vi, StringComparer.OrdinalIgnoreCase).Contains(word) ? 2 : 0;
        Assert.Equal(en | vi, Words.FlagsOf(word));
        Assert.Equal(expected, Words.FlagsOf(word));
    }

    [Fact]
    public void FlagsOf_WordInBothLists_HasBothFlags()
    {
        Assert.Equal(3, new FunctionWords(["la", "to"], ["LA"]).FlagsOf("La"));
    }

    /// <summary>Any character equal to a listed letter ignoring case has its upper case, so it is looked for in the right group.</summary>
    [Fact]
    public void ToUpperInvariant_CharacterEqualToListedLetterIgnoringCase_IsTheSame()
    {
        var letters = LanguageDetector.Listed.Letters.Concat(Words.Letters).Distinct().ToArray();
        Assert.Contains('đ', letters);
        Span<char> one = stackalloc char[1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            one[0] = (char)c;
            foreach (var d in letters)
            {
                if (MemoryExtensions.Equals(one, [d], StringComparison.OrdinalIgnoreCase))
                    Assert.True(char.ToUpperInvariant((char)c) == char.ToUpperInvariant(d), $"U+{c:X4} and {d}");
            }
        }
    }
}
