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
        foreach (var r in Triggered()) data.Add(r.Id);
        return data;
    }

    private static IEnumerable<PatternRule> Triggered() =>
        RuleSet.Instance.Commitments.Concat(RuleSet.Instance.Dates).Concat(RuleSet.Instance.Money).Concat(RuleSet.Instance.Ordinals)
            .Where(r => r.Triggers.Count > 0);

    [Theory]
    [MemberData(nameof(TriggeredRules))]
    public void TriggeredRule_EveryExample_HasATriggerWord(string id)
    {
        var rule = Triggered().First(r => r.Id == id);
        foreach (var example in rule.Examples)
        {
            var ts = Recognition.TokenStream.Create(example);
            Assert.Contains(ts.Tokens, t => rule.Triggers.Contains(ts.FoldedOf(t).ToString())
                || (rule.Triggers.Contains(RuleGroup.DigitTrigger) && char.IsDigit(example[t.Start])));
        }
    }
}

public class RuleGroupTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void ScanAtTriggers_DateExamples_SameMatchesAsAScan(string language)
    {
        var group = RuleSet.Instance.Group("dates", language);
        var text = string.Join("\n", RuleSet.Instance.Dates.SelectMany(r => r.Examples)) +
            "\nIn fiscal year 2023 and in financial year 2024, since 2019, in late 2020, in mid-2021, early 2022, mid 2023; infiscal year 2025." +
            "\nSept. 3, 2021; Sep 4 2022; May 5; 5 May 2020; 12th March; a12 March 2020; 2024-05-13; x2024-05-13; (2019/6/12); Monday," +
            " by 2030, before the end of 2027; until 2025. Ngày 14/3/2023; ngày14/3/2023; hôm 11/5, sáng 2-9; ngày mai (14-9)" +
            "\ntháng 9/2026, cuối năm 2027, đến năm 2029, vào năm 2030 và năm 2026; NGÀY 15 tháng 3 năm 2024.";
        var tokens = Recognition.TokenStream.Create(text);
        var scanned = group.Matches(text).Select(x => (x.Rule.Id, x.Match.Index, x.Match.Length)).ToList();
        var triggered = group.ScanAtTriggers(text, tokens).Select(x => (x.Rule.Id, x.Match.Index, x.Match.Length)).ToList();
        Assert.Contains(scanned, x => x.Id == "en.date.fiscal-year" || language == "vi");
        Assert.Equal(scanned, triggered);
    }

    [Theory]
    [InlineData("money", "en")]
    [InlineData("money", "vi")]
    [InlineData("ordinals", "en")]
    [InlineData("ordinals", "vi")]
    public void ScanAtTriggers_MoneyAndOrdinalExamples_SameMatchesAsAScan(string family, string language)
    {
        var group = RuleSet.Instance.Group(family, language);
        var text = string.Join("\n", RuleSet.Instance.Money.Concat(RuleSet.Instance.Ordinals).SelectMany(r => r.Examples)) +
            "\nUS$30 billion, 10 million USD, 5 tỷ đồng, x5 million USD, 1,200.5 yen; the 16th, 3rd and x4th; lần thứ 16, lần thứ sáu.";
        var tokens = Recognition.TokenStream.Create(text);
        var scanned = group.Matches(text).Select(x => (x.Rule.Id, x.Match.Index, x.Match.Length)).ToList();
        Assert.NotEmpty(scanned);
        Assert.Equal(scanned, group.ScanAtTriggers(text, tokens).Select(x => (x.Rule.Id, x.Match.Index, x.Match.Length)).ToList());
    }

    [Theory]
    [InlineData("dates", "en")]
    [InlineData("dates", "vi")]
    [InlineData("money", "en")]
    [InlineData("money", "vi")]
    [InlineData("ordinals", "en")]
    [InlineData("ordinals", "vi")]
    public void ScanAtTriggers_SampleCorpus_SameMatchesAsAScan(string family, string language)
    {
        var group = RuleSet.Instance.Group(family, language);
        foreach (var file in Directory.GetFiles(SampleCorpusFolder()))
        {
            var text = Normalisation.Normaliser.Normalise(File.ReadAllText(file)).Text;
            var tokens = Recognition.TokenStream.Create(text);
            var scanned = group.Matches(text).Select(x => (x.Rule.Id, x.Match.Index, x.Match.Length)).ToList();
            Assert.Equal(scanned, group.ScanAtTriggers(text, tokens).Select(x => (x.Rule.Id, x.Match.Index, x.Match.Length)).ToList());
        }
    }

    /// <summary>data/sample-corpus of the repository holding the test binaries.</summary>
    internal static string SampleCorpusFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Concordia.slnx"))) return Path.Combine(dir.FullName, "data", "sample-corpus");
        throw new DirectoryNotFoundException("no Concordia.slnx above " + AppContext.BaseDirectory);
    }

    [Theory]
    [InlineData("lines")]
    [InlineData("credits")]
    public void First_EachExampleLine_SameRuleAndIndexAsTheAlternation(string family)
    {
        var group = RuleSet.Instance.Group(family, "xx");
        var lines = RuleSet.Instance.Lines.SelectMany(r => r.Examples)
            .Concat(["Hanoi, July 11 (VNA) - Ministers met.", "Photo: VNA | ", "The ministers (Photo: VNA)", "plain body text"]);
        foreach (var line in lines)
        {
            var text = "  " + line + "  ";
            var expected = group.Regex.Match(text, 2, line.Length);
            var actual = group.First(text, 2, line.Length);
            Assert.Equal(expected.Success, actual is not null);
            if (actual is not { } a) continue;
            Assert.Equal(expected.Index, a.Match.Index);
            Assert.Equal(expected.Length, a.Match.Length);
            var index = group.Rules.ToList().IndexOf(a.Rule);
            Assert.True(expected.Groups["r" + index].Success, $"{line}: {a.Rule.Id}");
        }
    }
}
