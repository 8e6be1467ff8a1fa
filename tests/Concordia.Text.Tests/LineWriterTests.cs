using System.Text;
using Concordia.Text.Normalisation;

namespace Concordia.Text.Tests;

public class LineWriterTests
{
    /// <summary>Every character the scan may call surely NFC, alone or next to another such character.</summary>
    private static readonly char[] SurelyNfc = [.. Enumerable.Range(0, 0x10000).Select(c => (char)c)
        .Where(c => !char.IsSurrogate(c) && LineWriter.Scan([c]).SurelyNfc)];

    [Fact]
    public void Scan_SurelyNfcCharacters_AreNfcInAnyPair()
    {
        Assert.Contains('ệ', SurelyNfc);
        Assert.Contains('’', SurelyNfc);
        foreach (var a in SurelyNfc)
        {
            var pair = new string([a, 'a']);
            Assert.True(pair.IsNormalized(NormalizationForm.FormC), $"U+{(int)a:X4}");
        }
        foreach (var a in SurelyNfc.Where(c => c >= 0x80))
            foreach (var b in SurelyNfc.Where(c => c >= 0x80))
                Assert.True(new string([a, b]).IsNormalized(NormalizationForm.FormC), $"U+{(int)a:X4} U+{(int)b:X4}");
    }

    [Theory]
    [InlineData("The ministers met in Tokyo.", true, false)]
    [InlineData("PM Chinh’s speeches — “profound”…", true, false)]
    [InlineData("Bộ trưởng Bùi Thanh Sơn", true, true)]
    [InlineData("Đà Nẵng", true, true)]
    [InlineData("Thanh Sơn", true, true)]
    [InlineData("Sơ\u0301n", false, true)]
    [InlineData("Bo\u0302\u0323 tru\u031Bo\u031B\u0300ng", false, false)]
    [InlineData("Ủy ban \u2000 nhân dân", false, true)]
    [InlineData("東京で会談", false, false)]
    [InlineData("naïve café", true, false)]
    public void Scan_Line_TellsVietnameseAndSurelyNfc(string line, bool surelyNfc, bool vietnamese)
    {
        Assert.Equal((surelyNfc, vietnamese), LineWriter.Scan(line));
    }
}
