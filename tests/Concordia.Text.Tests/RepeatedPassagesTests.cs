using Concordia.Text.Normalisation;

namespace Concordia.Text.Tests;

/// <summary>Repeated lines are found by fingerprint first; the result must be what comparing every key finds.</summary>
public class RepeatedPassagesTests
{
    private const string En = "PM Chinh’s speeches were profound and comprehensive as they reviewed the 50 years of relations.";
    private const string Vi = "Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Nhật Bản tại Hà Nội ngày 12/3/2024.";

    [Theory]
    [InlineData(En)]
    [InlineData(Vi)]
    [InlineData("@[`{ AZaz09 /:^_ \u007F\u0080 ÀÝàý ĐđƠơ ẠạỹỸ Ωω Жж 東京 ١٢ 𝒜")]
    [InlineData("short")]
    [InlineData("")]
    public void FingerprintOf_Line_SameAsSumsOfItsKey(string line)
    {
        foreach (var cut in Enumerable.Range(0, line.Length + 1))
        {
            var part = line.AsSpan(0, cut);
            var buffer = Array.Empty<char>();
            var expected = new RepeatedPassages.Fingerprint(0, 0, 0);
            foreach (var k in RepeatedPassages.Key(part, ref buffer)) expected = expected.Add(k);
            Assert.Equal(expected, RepeatedPassages.FingerprintOf(part));
        }
    }

    [Theory]
    [InlineData(new[] { En, "Something else entirely happened here today.", En }, new[] { -1, -1, 0 })]
    [InlineData(new[] { En, "PM CHINH'S SPEECHES WERE PROFOUND AND COMPREHENSIVE AS THEY REVIEWED THE 50 YEARS OF RELATIONS" }, new[] { -1, 0 })]
    [InlineData(new[] { Vi, "THỦ TƯỚNG PHẠM MINH CHÍNH TIẾP BỘ TRƯỞNG NGOẠI GIAO NHẬT BẢN TẠI HÀ NỘI NGÀY 12/3/2024", Vi }, new[] { -1, 0, 0 })]
    [InlineData(new[] { "abcdefghij klmnopqrst uvwxyz 0123", "zyxwvu tsrqponmlk jihgfedcba 3210", "zyxwvu-tsrqponmlk-jihgfedcba-3210" }, new[] { -1, -1, 1 })]
    [InlineData(new[] { "abcdefghij klmnopqrst uvwxyz 0123", "abcdefghij klmnopqrst uvwxyz 0132", "abcdefghij klmnopqrst uvwxyz 0132" }, new[] { -1, -1, 1 })]
    [InlineData(new[] { "Too short to count.", "Too short to count." }, new[] { -1, -1 })]
    public void RepeatOf_Lines_SameAsComparingKeys(string[] lines, int[] expectedFirst)
    {
        var text = string.Join("\n", lines);
        var starts = lines.Select((l, i) => lines.Take(i).Sum(p => p.Length + 1)).ToArray();
        var repeats = new RepeatedPassages(text);
        var reference = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var found = repeats.RepeatOf(starts[i], lines[i].Length);
            var buffer = Array.Empty<char>();
            var key = RepeatedPassages.Key(lines[i], ref buffer).ToString();
            var expected = key.Length >= RepeatedPassages.MinKey && reference.TryGetValue(key, out var first) ? first : -1;
            if (expected < 0 && key.Length >= RepeatedPassages.MinKey) reference[key] = i;
            Assert.Equal(expectedFirst[i], expected);
            Assert.Equal(expected < 0 ? null : (starts[expected], lines[expected].Length), found);
        }
    }

    [Theory]
    [InlineData("Ngày 12/3, Bộ trưởng", "ngày123bộtrưởng")]
    [InlineData("ĐÀ NẴNG – “Hợp tác”", "đànẵnghợptác")]
    [InlineData("U.S.-Japan (2024)", "usjapan2024")]
    public void Key_Line_LettersAndDigitsLowerCase(string line, string expected)
    {
        var buffer = Array.Empty<char>();
        Assert.Equal(expected, RepeatedPassages.Key(line, ref buffer).ToString());
    }
}
