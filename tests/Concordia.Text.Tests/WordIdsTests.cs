using Concordia.Text.Lexicons;

namespace Concordia.Text.Tests;

public class WordIdsTests
{
    private static readonly WordIds Ids = new(["of", "mekong", "hợp", "tác", "-", "ministers'"]);

    [Theory]
    [InlineData("of", 0)]
    [InlineData("mekong", 1)]
    [InlineData("hợp", 2)]
    [InlineData("tác", 3)]
    [InlineData("-", 4)]
    [InlineData("ministers'", 5)]
    [InlineData("mekon", -1)]
    [InlineData("Mekong", -1)]
    [InlineData("hop", -1)]
    [InlineData("", -1)]
    public void IdOf_ListedWord_IsItsPositionElseMinusOne(string word, int expected)
    {
        Assert.Equal(expected, Ids.IdOf(word));
    }
}
