using Concordia.Text.Assembly;

namespace Concordia.Text.Tests;

public class EnumerationsTests
{
    [Theory]
    [InlineData("The minister proposed three priorities for the partnership. First, trade.")]
    [InlineData("He PROPOSED five PILLARS and OUTLINED two solutions; they Put Forward new measures.")]
    [InlineData("She ſuggested three directions, then suggested four focuses.")]
    [InlineData("They proposed that the two sides, having proposed many proposals, adopt directions")]
    [InlineData("proposed priorities proposed priorities")]
    [InlineData("They proposed two pillars. We outlined three measures. Nothing proposed here. She suggested new directions!")]
    [InlineData("unproposed priorities, suggestedly measures, put  forward solutions")]
    [InlineData("Bộ trưởng đề xuất ba trọng tâm hợp tác. Thứ nhất, thúc đẩy thương mại.")]
    [InlineData("ĐỀ XUẤT GIẢI PHÁP, Nêu ba ưu tiên, bnêu giải pháp, nêu\nưu tiên")]
    [InlineData("nêu ý kiến về các đề xuất giải pháp đề xuất")]
    [InlineData("The delegates proposed, and Việt Nam nêu ưu tiên, outlined priorities")]
    [InlineData("no enumeration here at all")]
    [InlineData("")]
    public void TriggerStarts_AnyText_SameStartsAsAScan(string text)
    {
        var scanned = Enumerations.Trigger().Matches(text).Select(m => m.Index);
        Assert.Equal(scanned, Enumerations.TriggerStarts(text));
    }
}
