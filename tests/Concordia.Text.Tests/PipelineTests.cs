using System.Text;
using System.Text.Json;
using Concordia.Text.Model;

namespace Concordia.Text.Tests;

public class PipelineTests
{
    private const string English =
        "Kuala Lumpur, July 11 (VNA) - Vietnamese Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son on July 10 called for the Mekong–Japan cooperation framework to adopt new thinking.\n" +
        "He made the statement while co-chairing the 16th Mekong–Japan Foreign Ministers’ Meeting, held within the framework of the 58th ASEAN Foreign Ministers’ Meeting and related events in Kuala Lumpur, Malaysia.\n" +
        "Member countries agreed to resume the Mekong–Japan Summit by the end of 2025. In 2025, a new co-chair mechanism will be launched.\n";

    [Fact]
    public void Extract_EnglishReport_FindsMeetingPeopleCommitments()
    {
        var doc = ExtractionPipeline.Extract(Encoding.UTF8.GetBytes(English), "report.txt").Value;
        Assert.Equal("en", doc.Language);
        Assert.Equal("2025-07-11", doc.Published.ToString());
        var fmm = Assert.Single(doc.Meetings, m => m.Ordinal == 16);
        Assert.Equal(("mekong-japan", "foreign-ministers", "2025-07-10", "Kuala Lumpur"), (fmm.Mechanism, fmm.Kind, fmm.Date.ToString(), fmm.City));
        Assert.Equal(["Bui Thanh Son"], fmm.CoChairs);
        Assert.Equal(new MeetingRef("asean", "foreign-ministers", 58), fmm.Within);
        var son = Assert.Single(doc.People);
        Assert.Equal("VN", son.Country?.Value);
        Assert.Contains(doc.Commitments, c => c.Action.StartsWith("resume the Mekong", StringComparison.Ordinal) && c.Deadline.ToString() == "2025");
    }

    [Fact]
    public void Extract_EveryFactSpan_PointsIntoTheOriginal()
    {
        var doc = ExtractionPipeline.Extract(Encoding.UTF8.GetBytes(English), "report.txt").Value;
        var spans = doc.Meetings.Select(m => m.Source.Span).Concat(doc.People.Select(p => p.Source.Span)).Concat(doc.Commitments.Select(c => c.Source.Span));
        foreach (var s in spans)
            Assert.True(s.Start >= 0 && s.End <= English.Length && s.Length > 0, $"span {s} is outside the text");
        var son = doc.People[0].Source.Span;
        Assert.Contains("Bui Thanh Son", English.Substring(son.Start, son.Length), StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_VietnameseReport_FindsCoChairsAndOrdinal()
    {
        const string vi = "Ngày 10/7/2025, tại Kuala Lumpur, Malaysia, Phó Thủ tướng, Bộ trưởng Ngoại giao Việt Nam Bùi Thanh Sơn và Bộ trưởng Ngoại giao Nhật Bản Iwaya Takeshi đã đồng chủ trì Hội nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản lần thứ 16.";
        var doc = ExtractionPipeline.Extract(Encoding.UTF8.GetBytes(vi), "vi.txt").Value;
        Assert.Equal("vi", doc.Language);
        var m = Assert.Single(doc.Meetings);
        Assert.Equal(("mekong-japan", 16, "2025-07-10"), (m.Mechanism, m.Ordinal, m.Date.ToString()));
        Assert.Equal(2, m.CoChairs.Count);
        Assert.Contains(doc.People, p => p.Name == "Iwaya Takeshi" && p.Country?.Value == "JP");
    }

    [Fact]
    public void Extract_OtherLanguage_IsReportedNotExtracted()
    {
        var doc = ExtractionPipeline.Extract(Encoding.UTF8.GetBytes("日本とメコン地域の外相会議が東京で開かれました。"), "ja.txt").Value;
        Assert.False(doc.Extracted);
        Assert.Equal("ja", doc.Language);
        Assert.Empty(doc.Meetings);
    }

    [Fact]
    public void ToEvalRecord_WritesFormatShape()
    {
        var doc = ExtractionPipeline.Extract(Encoding.UTF8.GetBytes(English), "report.txt").Value;
        using var json = JsonDocument.Parse(doc.ToEvalRecord());
        var root = json.RootElement;
        Assert.Equal("report.txt", root.GetProperty("doc").GetString());
        foreach (var key in new[] { "meetings", "people", "commitments", "amounts" })
            Assert.Equal(JsonValueKind.Array, root.GetProperty(key).ValueKind);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("meetings")[0].GetProperty("within").ValueKind);
    }

    [Fact]
    public void FactJson_Document_RoundTrips()
    {
        var doc = ExtractionPipeline.Extract(Encoding.UTF8.GetBytes(English), "report.txt").Value;
        var json = JsonSerializer.Serialize(doc, FactJson.Options);
        var back = JsonSerializer.Deserialize<ExtractedDocument>(json, FactJson.Options)!;
        Assert.Equal(doc.Meetings[0].Date, back.Meetings[0].Date);
        Assert.Equal(doc.People[0].Country, back.People[0].Country);
    }
}

public class RobustnessTests
{
    public static TheoryData<string> OddInputs() => new()
    {
        "",
        "   \n\n  ",
        "|||\n---\n",
        string.Concat(Enumerable.Repeat("Mekong-Japan Summit Summit of the of the ASEAN (((( ]]] ", 500)),
        string.Concat(Enumerable.Range(0, 2000).Select(i => $"{i}/{i % 12 + 1}/2025 US${i},000.5 billion 16th lần thứ 5 ")),
        string.Concat(Enumerable.Repeat("The ministers reaffirmed their commitment to injecting fresh momentum, and agreed to resume the Summit; they pledged to act. ", 50)),
        "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao , , và Bộ trưởng Ngoại giao Nhật Bản",
        "H.E. , Deputy Prime Minister, Minister of MFAIC (MFAIC), and H.E.",
        // Scraped text cut off right after a commitment verb: the match's trailing space is all the "action" there is.
        "Vietnam and Japan agreed to strengthen ties. The ministers agreed to\n",
        "Hai bên nhất trí \n",
    };

    /// <summary>Every cut of every sample text, as a scraper that stops mid-page would leave it.</summary>
    public static TheoryData<string, int> SampleCuts()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.GetFiles(RuleGroupTests.SampleCorpusFolder(), "*.txt").Order())
        {
            var length = File.ReadAllText(file).Length;
            for (var cut = 1; cut < length; cut += Math.Max(1, length / 40)) data.Add(Path.GetFileName(file), cut);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SampleCuts))]
    public void Extract_SampleTextCutAnywhere_DoesNotThrowAndSpansStayInside(string file, int cut)
    {
        var text = File.ReadAllText(Path.Combine(RuleGroupTests.SampleCorpusFolder(), file))[..cut];
        var doc = ExtractionPipeline.Extract(Encoding.UTF8.GetBytes(text), file).Value;
        var spans = doc.Meetings.Select(m => m.Source.Span).Concat(doc.People.Select(p => p.Source.Span))
            .Concat(doc.Commitments.Select(c => c.Source.Span)).Concat(doc.Amounts.Select(a => a.Source.Span));
        Assert.All(spans, s => Assert.True(s.Start >= 0 && s.End <= text.Length, $"span {s} is outside a text of {text.Length}"));
    }

    [Theory]
    [MemberData(nameof(OddInputs))]
    public void Extract_OddInput_DoesNotThrowAndSpansStayInside(string text)
    {
        var doc = ExtractionPipeline.Extract(System.Text.Encoding.UTF8.GetBytes(text), "odd.txt").Value;
        var spans = doc.Meetings.Select(m => m.Source.Span).Concat(doc.People.Select(p => p.Source.Span))
            .Concat(doc.Commitments.Select(c => c.Source.Span)).Concat(doc.Amounts.Select(a => a.Source.Span));
        Assert.All(spans, s => Assert.True(s.End <= text.Length, $"span {s} is outside a text of {text.Length}"));
    }
}

public class BatchTests
{
    [Fact]
    public void ExtractMany_MixedBatch_SameDocumentsAsOneByOne()
    {
        var texts = Directory.GetFiles(RuleGroupTests.SampleCorpusFolder(), "*.txt").Order().Select(File.ReadAllText)
            .Concat(["", "日本とメコン地域の外相会議が東京で開かれました。", "Ngày 10/7/2025, Phó Thủ tướng Lê Văn An và Bộ trưởng Ngoại giao Nhật Bản đã đồng chủ trì Hội nghị lần thứ 16."])
            .ToList();
        var inputs = texts.Select((t, i) => new ExtractionInput(t, $"d{i}.txt")).ToList();

        var batch = ExtractionPipeline.ExtractMany(inputs);

        Assert.Equal(texts.Count, batch.Length);
        Assert.Contains(batch, d => d.Commitments.Count > 0);
        Assert.Contains(batch, d => !d.Extracted);
        for (var i = 0; i < texts.Count; i++)
            Assert.Equal(JsonSerializer.Serialize(ExtractionPipeline.Extract(texts[i], $"d{i}.txt"), FactJson.Options), JsonSerializer.Serialize(batch[i], FactJson.Options));
    }

    [Fact]
    public void ExtractMany_Bytes_UndecodableFileFailsAloneInItsPlace()
    {
        var files = new List<(byte[], string)>
        {
            (Encoding.UTF8.GetBytes("The ministers agreed to resume the Mekong-Japan Summit by the end of 2025."), "a.txt"),
            ([0x00, 0x01, 0x02, 0x00, 0xFF, 0x00, 0x00, 0x10], "b.bin"),
            (Encoding.UTF8.GetBytes("Japan pledged US$5 million to the fund of the Mekong countries."), "c.txt"),
        };

        var results = ExtractionPipeline.ExtractMany(files);

        Assert.True(results[0].IsSuccess && results[2].IsSuccess);
        Assert.False(results[1].IsSuccess);
        Assert.Single(results[0].Value.Commitments);
        Assert.NotEmpty(results[2].Value.Amounts);
    }

    [Fact]
    public void Batches_CutByCountAndBySize_InOrderAndLazily()
    {
        Assert.Equal([[1, 2, 3], [4, 5, 6], [7]], ExtractionPipeline.Batches(Enumerable.Range(1, 7), _ => 1, maxItems: 3).Select(b => b.ToArray()));
        // A batch closes once its sizes reach the limit; a large item on its own.
        Assert.Equal([[10, 10], [50], [5, 5]], ExtractionPipeline.Batches([10, 10, 50, 5, 5], x => x, maxItems: 10, maxSize: 20).Select(b => b.ToArray()));
        Assert.Empty(ExtractionPipeline.Batches(Array.Empty<int>(), _ => 1));
        // Lazy: the first batch comes before the source has been read to its end.
        Assert.Equal([1, 2], ExtractionPipeline.Batches(Endless(), _ => 1, maxItems: 2).First());

        static IEnumerable<int> Endless()
        {
            for (var i = 1; ; i++) yield return i;
        }
    }
}
