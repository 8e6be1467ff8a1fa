using Concordia.Text.Duplicates;

namespace Concordia.Text.Tests;

public class DuplicateTests
{
    private const string Story =
        "The ministers agreed to further strengthen economic ties by promoting Japanese ODA loans to Vietnam while expanding cooperation " +
        "in trade, investment, and labor. Currently, Japan is the world's largest provider of ODA loans to Vietnam, with nearly US$30 billion worth of lending.";

    [Fact]
    public void Add_SameStoryFromAnotherOutlet_IsFlagged()
    {
        var index = new NearDuplicateIndex();
        Assert.Null(index.Add("vna.txt", Story));
        Assert.Equal("vna.txt", index.Add("other.txt", "Hanoi (VNA) - " + Story + " Like us on Facebook."));
    }

    [Fact]
    public void Add_DifferentStory_IsNotFlagged()
    {
        var index = new NearDuplicateIndex();
        index.Add("a.txt", Story);
        Assert.Null(index.Add("b.txt", "The seventh Greater Mekong Sub-region Summit held via videoconference on September 9 ended with the adoption of a new strategic cooperation framework."));
    }
}

public class SignatureTests
{
    [Fact]
    public void Signature_SameTextTwice_IsIdentical()
    {
        const string text = "The ministers agreed to further strengthen economic ties by promoting Japanese ODA loans to Vietnam.";
        Assert.Equal(1.0, NearDuplicateIndex.Similarity(NearDuplicateIndex.Signature(text)!, NearDuplicateIndex.Signature(text)!));
    }

    [Fact]
    public void Signature_TooShort_IsNull()
    {
        Assert.Null(NearDuplicateIndex.Signature("Hanoi, July 5"));
    }
}
