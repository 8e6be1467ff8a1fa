using Concordia.Text.Lexicons;
using Concordia.Text.Normalisation;

namespace Concordia.Text.Tests;

/// <summary>The classifier skips a line rule by a cheap test; it must pick the rule <see cref="RuleGroup.First"/> picks.</summary>
public class LineClassifierTests
{
    private static readonly RuleGroup Lines = RuleSet.Instance.Group("lines", "xx");
    private static readonly LineClassifier Classifier = new(Lines);

    private static readonly string[] RealLines =
    [
        "The ministers met in Tokyo on Wednesday to review the Mekong-Japan cooperation.",
        "Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Nhật Bản tại Hà Nội.",
        "HÀ NỘI — Việt Nam và Nhật Bản nhất trí tăng cường hợp tác trong năm 2024.",
        "Updated: 10:15 AM, 14/02/2024",
        "Published: 2019/6/12 10:04:51",
        "posted 3 days ago in 2023",
        "Cập nhật lúc 08:00 ngày 12/3/2024",
        "Chủ nhật, 12/03/2024",
        "Japan pledges US$30 billion to the region 12-03-2024",
        "Tổng số bài đăng 87.",
        "tiêu đề ngày",
        "HOME > News",
        "home :: politics",
        "Menu",
        "> english > News > Region",
        "Share on Twitter",
        "Tags: Mekong, Japan",
        "Từ khóa: hợp tác",
        "Xem thêm",
        "Đọc tiếp",
        "Related news",
        "Reuters",
        "Kyodo",
        "By Anna Kowal",
        "Theo TTXVN",
        "Nguồn: VGP",
        "— * —",
        "“”",
        "Photo: VGP/Minh Khoa",
        "Ảnh: Minh Châu",
        "PHOTO: AFP",
        "Prime Minister Tran Van Hung |",
        "The delegates pose for a photo (Photo: Ministry of Foreign Affairs)",
        "(Ảnh: TTXVN)",
        "November 3, 2022 | 08:45 (GMT+7)",
        "٣ ministers met on ١٢/٠٣/٢٠٢٤",
        "12/03/2024",
        "1",
        "a",
        ":",
        "ＡＢＣ 12",
        "The","Tiêu đề", "TIÊU ĐỀ NGÀY", "Ti", "T",
        "November 3, 2022 | 08:45 (GMT+7) | Hanoi | The ministers met in Tokyo to review the Mekong-Japan cooperation programme",
        "November\u00A03, 2022 | the ministers met in Tokyo on Wednesday to review the Mekong-Japan cooperation programme",
        "Source: Xinhua. Published: 2019/6/12 10:04:51 — the ministers met in Tokyo to review the Mekong-Japan cooperation",
        "Mới nhất: 2021-05-13 07:42:10 Số lần đã xem: 12 — Bộ trưởng Ngoại giao Nhật Bản tiếp Đại sứ Việt Nam tại Tokyo",
        "Thứ Ba, 12/03/2024 10:15 (GMT+7)",
        "Posted 12 March 2024",
        "Cập nhật 2024",
        "Ngày đăng 2024",
        "Last updated 10:20 2024",
        "updated 2024",
        "Japan pledges US$30 billion to the region 12-03-2024",
        "Japan pledges US$30 billion to the region 12.03.2024",
        "Japan pledges US$30 billion to the region 2024",
        "Japan pledges US$30 billion to the region 1-2024",
        "Japan pledges US$30 billion to the region 1:2024",
        "٣ ministers met on ١٢-٠٣-٢٠٢٤",
        "Phiên họp lần thứ 10 Uỷ ban hỗn hợp đàm phán rà soát, nâng cấp Hiệp định Thương mại Hàng hoá ASEAN - Ấn Độ 16-09-2025",
        "November 3, 2022",
        "Nov. 3, 2022 | Hanoi",
        "November\u00A0\u00A03, 2022",
        "November3, 2022",
        "N 3, 2022",
        "Mekong countries appreciate the support, said the minister in a statement published: 2019/6/12 and today",
        "Member countries also praised the co-chairmanship of Vietnam and Japan in elevating MJC cooperation in 2025.",
        "Menu 2", "Home 2 > News", "Underline", "Follow", "Photo 2:", "PHOTO: VNA", "Ảnh: TTXVN", "ẢNH: TTXVN", "Đọc tiếp", "ĐỌC TIẾP",
        "Từ khóa: ASEAN", "TỪ KHÓA: ASEAN", "Mới nhất: 2021-05-13 07:42:10", "MỚI NHẤT: 2021-05-13", "Cập nhật 10:15 12/3/2024", "CẬP NHẬT 2024",
        "Đăng lúc 2024", "ĐĂNG LÚC 2024", "TỔNG SỐ BÀI ĐĂNG 87", "Kyodo", "KYODO", "\u212Ayodo", "Yonhap", "newsfrom Hanoi", "Newsfrom VNA",
        "In 2023, the ministers met in Tokyo on Wednesday to review the Mekong-Japan cooperation programme and its results.",
    ];

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var examples = Lines.Rules.SelectMany(r => r.Examples).Concat(RealLines).ToList();
        foreach (var line in examples)
            foreach (var variant in new[] { line, line.ToUpperInvariant(), line.ToLowerInvariant(), "x " + line, line + " x", "1 " + line, line + " 2024" })
                data.Add(variant.Trim());
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classify_Line_SameRuleAsRuleGroupFirst(string line)
    {
        Assert.Equal(Lines.First(line, 0, line.Length)?.Rule.Id, Classifier.Classify(line, 0, line.Length)?.Id);
    }

    [Fact]
    public void Classify_LineInsideText_UsesOnlyItsRange()
    {
        const string text = "The ministers met.\nUnderline menu menu close\n12/03/2024";
        Assert.Null(Classifier.Classify(text, 0, 18));
        Assert.Equal("xx.boilerplate.menu", Classifier.Classify(text, 19, 25)?.Id);
        Assert.Equal("xx.stamp.time-date", Classifier.Classify(text, 45, 10)?.Id);
    }

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var r in Lines.Rules)
            foreach (var e in r.Examples) data.Add(r.Id, e.Trim());
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Test_RuleExample_Passes(string ruleId, string example)
    {
        Assert.True(LineClassifier.TestOf(ruleId)?.Invoke(example) ?? true);
    }

    /// <summary>An ASCII character the regex engine matches to a pattern letter ignoring case is never ruled out.</summary>
    [Fact]
    public void MayBe_AsciiCharacterMatchedIgnoringCase_IsAllowed()
    {
        var patternChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ>:ớậđọừảổăĐ\u212A\u017F";
        foreach (var p in patternChars)
        {
            var regex = new System.Text.RegularExpressions.Regex("^(?i:" + System.Text.RegularExpressions.Regex.Escape(p.ToString()) + ")$",
                System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            for (var c = (char)0; c < 128; c++)
                Assert.True(!regex.IsMatch(c.ToString()) || LineClassifier.MayBe(c, p), $"{c} for {p}");
        }
        Assert.False(LineClassifier.MayBe('e', 'ớ'));
        Assert.False(LineClassifier.MayBe('x', 'm'));
        Assert.True(LineClassifier.MayBe('M', 'm'));
    }

    /// <summary>The table of first characters only turns down lines the prefixes themselves would turn down.</summary>
    [Fact]
    public void StartsWith_EveryFirstCharacter_SameAsMayStartWith()
    {
        string[][] lists = [["un", "me", "ho", ">"], ["li", "fo", "đọ", "từ", "re"], ["so", "ng", "vn", "xi", "ky", "by"], ["ph", "ản"]];
        foreach (var prefixes in lists)
        {
            var test = LineClassifier.StartsWith(prefixes);
            for (var c = 0; c <= char.MaxValue; c++)
                foreach (var rest in new[] { "", "i", "O", "ọc", "g nhất", " x" })
                {
                    var line = (char)c + rest;
                    Assert.True(LineClassifier.MayStartWith(line, prefixes) == test(line), $"U+{c:X4}{rest}");
                }
        }
    }

    [Theory]
    [InlineData("xx.stamp.time-date", "No digits in this line at all.", false)]
    [InlineData("xx.stamp.time-date", "Ngày ١٢ tháng", true)]
    [InlineData("xx.stamp.time-date", "In 2023, the ministers met in Tokyo on Wednesday to review the Mekong-Japan programme and results.", true)]
    [InlineData("xx.stamp.time-date", "The ministers, who met in Tokyo on Wednesday, reviewed the Mekong-Japan programme of 2023 and results.", false)]
    [InlineData("xx.boilerplate.headline-list", "The ministers met", false)]
    [InlineData("xx.boilerplate.headline-list", "The ministers met in 2024", false)]
    [InlineData("xx.stamp.time-date", "Japan pledges US$30 billion to the region 12-03-2024", false)]
    [InlineData("xx.stamp.time-date", "November 3, 2022 | the ministers met in Tokyo on Wednesday to review the Mekong-Japan programme", true)]
    [InlineData("xx.stamp.time-date", "Phiên họp lần thứ 10 Uỷ ban hỗn hợp đàm phán rà soát, nâng cấp Hiệp định Thương mại Hàng hoá ASEAN - Ấn Độ (AITIGA) năm nay", false)]
    [InlineData("xx.boilerplate.headline-list", "Tiêu đề", true)]
    [InlineData("xx.boilerplate.menu", "Quarterly menu", false)]
    [InlineData("xx.boilerplate.headline-list", "A headline without a date", false)]
    [InlineData("xx.caption.photo", "A caption (Photo: VNA)", true)]
    [InlineData("xx.boilerplate.credit-only", "Photo by VNA", false)]
    public void Test_Line_SaysWhetherTheRuleMayMatch(string ruleId, string line, bool expected)
    {
        Assert.Equal(expected, LineClassifier.TestOf(ruleId)!(line));
    }
}
