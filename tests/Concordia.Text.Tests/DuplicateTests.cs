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

public class DuplicateScaleTests
{
    private static readonly string[] Vocabulary =
        ("mekong cooperation ministers agreed fund water resources connectivity trade investment summit meeting japan korea " +
         "vietnam cambodia laos thailand myanmar energy digital transformation health climate agriculture loans grants " +
         "framework strategy pillar action plan secretariat officials business forum partnership development region").Split(' ');

    private static string Article(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));

    [Fact]
    public void Add_TwoThousandDistinctArticlesThenAnEditedRepeat_FlagsOnlyTheRepeatWithItsOriginal()
    {
        var random = new Random(20261123);
        var articles = Enumerable.Range(0, 2000).Select(_ => Article(random, 150)).ToList();
        var index = new NearDuplicateIndex();

        var flagged = articles.Select((a, i) => index.Add($"a{i}", a)).Where(d => d is not null).ToList();
        var repeat = index.Add("repeat", "Hanoi (VNA) - " + articles[1234] + " Like us on Facebook.");

        Assert.Empty(flagged);
        Assert.Equal("a1234", repeat);
    }

    [Fact]
    public void Add_ThirdCopy_NamesTheEarliestDocumentItRepeats()
    {
        var random = new Random(7);
        var story = Article(random, 120);
        var index = new NearDuplicateIndex();
        index.Add("first", story);
        index.Add("other", Article(random, 120));
        index.Add("second", story + " Photo: VNA");

        Assert.Equal("first", index.Add("third", story));
    }

    [Fact]
    public void Add_StoredSignature_FlagsLikeTheText()
    {
        var random = new Random(11);
        var story = Article(random, 100);
        var index = new NearDuplicateIndex();
        index.Add("stored", NearDuplicateIndex.Signature(story));

        Assert.Equal("stored", index.Add("new", story + " Like us on Facebook."));
        Assert.Throws<ArgumentException>(() => index.Add("bad", new ulong[3]));
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
