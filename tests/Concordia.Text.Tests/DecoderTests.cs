using System.Text;
using Concordia.Text.Decoding;

namespace Concordia.Text.Tests;

public class DecoderTests
{
    [Fact]
    public void Decode_Utf8WithBom_SkipsBom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Bùi Thanh Sơn")).ToArray();
        var r = TextDecoder.Decode(bytes, "a.txt");
        Assert.Equal("Bùi Thanh Sơn", r.Value.Text);
        Assert.Equal("utf-8-bom", r.Value.Encoding);
    }

    [Fact]
    public void Decode_Utf16LittleEndianWithBom_ReadsText()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("Hà Nội")).ToArray();
        Assert.Equal("Hà Nội", TextDecoder.Decode(bytes, "a.txt").Value.Text);
    }

    [Fact]
    public void Decode_InvalidUtf8_FallsBackToWindows1252()
    {
        var bytes = new byte[] { (byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x93, (byte)'q', 0x94 };
        var r = TextDecoder.Decode(bytes, "a.txt");
        Assert.Equal("café “q”", r.Value.Text);
        Assert.Equal("windows-1252", r.Value.Encoding);
    }

    [Fact]
    public void Decode_BinaryContent_FailsNamingTheFile()
    {
        var r = TextDecoder.Decode(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 13 }, "photo.png");
        Assert.False(r.IsSuccess);
        Assert.Equal("decode.binary", r.Error!.Code);
        Assert.Contains("photo.png", r.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_OverTheSizeLimit_FailsNamingTheFile()
    {
        var r = TextDecoder.Decode(new byte[101], "big.txt", maxBytes: 100);
        Assert.Equal("decode.too-large", r.Error!.Code);
        Assert.Contains("big.txt", r.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x01, 5, false)]
    [InlineData(0x01, 6, true)]
    [InlineData(0x1B, 6, true)]
    [InlineData(0x1F, 6, true)]
    [InlineData((int)'\t', 50, false)]
    [InlineData((int)'\n', 50, false)]
    [InlineData((int)'\r', 50, false)]
    [InlineData(0x0C, 50, false)]
    [InlineData(0x0B, 6, true)]
    [InlineData(0x20, 50, false)]
    public void Decode_ControlBytes_BinaryWhenMoreThanOneInTwenty(int control, int count, bool binary)
    {
        var bytes = Enumerable.Repeat((byte)'a', 100).ToArray();
        for (var i = 0; i < count; i++) bytes[i * 100 / count] = (byte)control;
        Assert.Equal(binary, !TextDecoder.Decode(bytes, "a.txt").IsSuccess);
    }
}
