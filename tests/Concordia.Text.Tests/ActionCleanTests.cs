using Concordia.Text.Assembly;

namespace Concordia.Text.Tests;

public class ActionCleanTests
{
    /// <summary>Clean as the three patterns' Replace calls give it (the form before it worked on spans).</summary>
    private static string Replaced(string action)
    {
        var tail = action.AsSpan(Math.Max(0, action.Length - 80));
        var t = tail.IndexOfAny(',', '"', '\u201D') >= 0 || tail.EndsWith(".", StringComparison.Ordinal) || tail.EndsWith("/", StringComparison.Ordinal)
            ? ActionSplitter.Trailer().Replace(action, "") : action;
        if (t.Contains(", ", StringComparison.Ordinal)) t = ActionSplitter.Clause().Replace(t, "");
        return ActionSplitter.Leader().Replace(t.Trim().Trim('"', '“', '”', ',', ' '), "");
    }

    [Theory]
    [InlineData("strengthen cooperation in trade and investment.")]
    [InlineData("Also, expand the ferry link to Klow, he noted.")]
    [InlineData("At the same time build two bridges, the minister said")]
    [InlineData("should provide 5 billion yen for rural roads, adding that the loan would be signed soon.\n")]
    [InlineData("will open a border market, which would create jobs\n")]
    [InlineData("\"double support for the river fund,\" Foreign Minister Kessa Moravi stressed .  ")]
    [InlineData("hold the next summit in 2027, according to the statement, and share data\n\n")]
    [InlineData("In addition, ,  train nurses / ")]
    [InlineData("Moreover must")]
    [InlineData("Đồng thời, tăng cường hợp tác kinh tế, qua đó nâng cao đời sống")]
    [InlineData("“widen cooperation in tourism”, they agreed.")]
    [InlineData(", ")]
    [InlineData("")]
    public void Clean_AnyAction_SameAsReplacingEachPattern(string action)
    {
        Assert.Equal(Replaced(action), ActionSplitter.Clean(action));
    }
}
