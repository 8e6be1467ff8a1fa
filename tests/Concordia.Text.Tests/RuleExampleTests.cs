using Concordia.Text.Lexicons;

namespace Concordia.Text.Tests;

/// <summary>Every rule carries real examples; each must match its own rule.</summary>
public class RuleExampleTests
{
    public static TheoryData<string, string> Examples()
    {
        var rules = RuleSet.Instance;
        var data = new TheoryData<string, string>();
        foreach (var r in rules.Lines.Concat(rules.Dates).Concat(rules.Money).Concat(rules.Ordinals).Concat(rules.Commitments))
            foreach (var e in r.Examples) data.Add(r.Id, e);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void PatternRule_OwnExample_Matches(string id, string example)
    {
        var rule = RuleSet.Instance.Lines.Concat(RuleSet.Instance.Dates).Concat(RuleSet.Instance.Money)
            .Concat(RuleSet.Instance.Ordinals).Concat(RuleSet.Instance.Commitments).First(r => r.Id == id);
        Assert.Matches(rule.Regex, example);
    }

    [Fact]
    public void PhraseLists_EachHasIdAndExample()
    {
        foreach (var list in RuleSet.Instance.AllLists())
        {
            Assert.False(string.IsNullOrWhiteSpace(list.Id));
            Assert.NotEmpty(list.Examples);
            Assert.NotEmpty(list.Entries);
        }
    }

    [Fact]
    public void RuleIds_AreUnique()
    {
        var r = RuleSet.Instance;
        var ids = r.Lines.Concat(r.Dates).Concat(r.Money).Concat(r.Ordinals).Concat(r.Commitments).Select(x => x.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}

public class RuleTriggerTests
{
    public static TheoryData<string> TriggeredRules()
    {
        var data = new TheoryData<string>();
        foreach (var r in Lexicons.RuleSet.Instance.Commitments.Where(r => r.Triggers.Count > 0)) data.Add(r.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(TriggeredRules))]
    public void TriggeredRule_EveryExample_HasATriggerWord(string id)
    {
        var rule = Lexicons.RuleSet.Instance.Commitments.First(r => r.Id == id);
        foreach (var example in rule.Examples)
        {
            var ts = Recognition.TokenStream.Create(example);
            Assert.Contains(ts.Tokens, t => rule.Triggers.Contains(ts.FoldedOf(t).ToString()));
        }
    }
}
