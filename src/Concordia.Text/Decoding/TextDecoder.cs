using System.Buffers;
using System.Text;
using Concordia.Domain;

namespace Concordia.Text.Decoding;

/// <summary>Turns raw bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.</summary>
public static class TextDecoder
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>Control bytes that text rarely has (all below 0x20 but tab, line feed, form feed and carriage return).</summary>
    private static readonly SearchValues<byte> OddControls =
        SearchValues.Create([.. Enumerable.Range(0, 0x20).Where(b => b is not ('\t' or '\n' or 0x0C or '\r')).Select(b => (byte)b)]);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Result<DecodedText> Decode(ReadOnlySpan<byte> content, string name, long maxBytes = DefaultMaxBytes)
    {
        if (content.Length > maxBytes)
            return Result<DecodedText>.Fail("decode.too-large",
                $"{name}: {content.Length:N0} bytes is over the limit of {maxBytes:N0} bytes", name);
        if (HasBom(content, [0xEF, 0xBB, 0xBF]))
            return Utf8(content[3..], name, "utf-8-bom");
        if (HasBom(content, [0xFF, 0xFE]))
            return new DecodedText(Encoding.Unicode.GetString(content[2..]), "utf-16le", 2);
        if (HasBom(content, [0xFE, 0xFF]))
            return new DecodedText(Encoding.BigEndianUnicode.GetString(content[2..]), "utf-16be", 2);
        if (LooksBinary(content))
            return Result<DecodedText>.Fail("decode.binary", $"{name}: binary content, not text", name);
        var utf8 = Utf8(content, name, "utf-8");
        if (utf8.IsSuccess) return utf8;
        return new DecodedText(Encoding.GetEncoding(1252).GetString(content), "windows-1252", 0);
    }

    private static Result<DecodedText> Utf8(ReadOnlySpan<byte> content, string name, string encoding)
    {
        try
        {
            return new DecodedText(StrictUtf8.GetString(content), encoding, encoding == "utf-8-bom" ? 3 : 0);
        }
        catch (DecoderFallbackException)
        {
            return Result<DecodedText>.Fail("decode.invalid-utf8", $"{name}: not valid UTF-8", name);
        }
    }

    private static bool HasBom(ReadOnlySpan<byte> content, ReadOnlySpan<byte> bom) => content.StartsWith(bom);

    /// <summary>NUL bytes or many control characters in the first 8 KB mean the content is not text.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 8192)];
        if (head.Contains((byte)0)) return true;
        var controls = 0;
        for (var rest = head; rest.IndexOfAny(OddControls) is var k and >= 0; rest = rest[(k + 1)..]) controls++;
        return head.Length > 0 && controls * 20 > head.Length;
    }
}

/// <summary>Decoded text, the encoding it was read with, and the byte length of the BOM skipped.</summary>
public sealed record DecodedText(string Text, string Encoding, int BomBytes);
