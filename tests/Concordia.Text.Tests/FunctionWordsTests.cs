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

    /// <summary>Each listed word with one letter swapped for another case of it, a look-alike or a neighbour.</summary>
    [Fact]
    public void FlagsOf_ListedWordsWithOneLetterChanged_SameAsOrdinalIgnoreCaseSets()
    {
        var en = new HashSet<string>(LanguageDetector.English, StringComparer.OrdinalIgnoreCase);
        var vi = new HashSet<string>(LanguageDetector.Vietnamese, StringComparer.OrdinalIgnoreCase);
        foreach (var word in en.Concat(vi))
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                foreach (var other in new[] { char.ToUpperInvariant(c), char.ToLowerInvariant(c), (char)(c + 1), (char)(c - 1), 'ı', 'ſ', 'İ', '\u212A', 'a', 'D' })
                {
                    var changed = word[..i] + other + word[(i + 1)..];
                    var expected = (en.Contains(changed) ? 1 : 0) | (vi.Contains(changed) ? 2 : 0);
                    Assert.True(expected == LanguageDetector.Listed.FlagsOf(changed), changed);
                }
            }
    }

    [Fact]
    public void FlagsOf_WordInBothLists_HasBothFlags()
    {
        Assert.Equal(3, new FunctionWords(["la", "to"], ["LA"]).FlagsOf("La"));
    }

    /// <summary>A character equals a listed letter ignoring case exactly when it is the letter, its upper case or its lower case.</summary>
    [Fact]
    public void EqualsIgnoringCase_CharacterAndListedLetter_OnlyTheLetterAndItsCases()
    {
        var letters = LanguageDetector.Listed.Letters.Concat(Words.Letters).Distinct().ToArray();
        Assert.Contains('đ', letters);
        Span<char> one = stackalloc char[1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            one[0] = (char)c;
            foreach (var d in letters)
            {
                var cases = c == d || c == char.ToUpperInvariant(d) || c == char.ToLowerInvariant(d);
                Assert.True(MemoryExtensions.Equals(one, [d], StringComparison.OrdinalIgnoreCase) == cases, $"U+{c:X4} and {d}");
            }
        }
    }
}
