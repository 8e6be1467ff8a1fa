using Concordia.Text.Assembly;

namespace Concordia.Text.Tests;

public class ActionSplitterTests
{
    [Theory]
    [InlineData("expand trade and launch a new ferry line")]
    [InlineData("train nurses, equip clinics, and fund schools")]
    [InlineData("train nurses,  and fund schools")]
    [InlineData("train nurses , and fund schools")]
    [InlineData("and fund schools and")]
    [InlineData("raise standards and landmark projects in Sandakan")]
    [InlineData("roads as well as bridges; has well as ports")]
    [InlineData("roads\u00A0and\tbridges\nand\r\nports")]
    [InlineData("a;b;;c ; and d")]
    [InlineData("tăng cường hợp tác, đồng thời mở rộng thương mại và sẽ hỗ trợ")]
    [InlineData("tăng cường hợp tác đồng thời mở rộng và  cần hỗ trợ và sẽ")]
    [InlineData("tăng cường hợp tác và tiếp tục hỗ trợ, và sẽ mở")]
    [InlineData("both sides agreed to boost trade and investment connectivity and consider this as the focus")]
    [InlineData("")]
    public void NextJoint_AnyText_SameJointsAsAScan(string action)
    {
        var scanned = ActionSplitter.Joints().Matches(action).Select(m => (m.Index, m.Length));
        var found = new List<(int, int)>();
        for (var pos = 0; ActionSplitter.NextJoint(action, pos, out var index, out var length); pos = index + length) found.Add((index, length));
        Assert.Equal(scanned, found);
    }
}
