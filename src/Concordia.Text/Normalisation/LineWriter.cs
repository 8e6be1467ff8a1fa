using System.Globalization;
using System.Numerics;
using System.Text;

namespace Concordia.Text.Normalisation;

/// <summary>Writes one line into a <see cref="MappedTextBuilder"/>: NFC where needed, else glued-word repair.</summary>
internal static class LineWriter
{
    public static void Write(MappedTextBuilder b, string text, int start, int length, GluedWordSplitter splitter)
    {
        var line = text.AsSpan(start, length);
        var (surelyNfc, vietnamese) = Scan(line);
        if (!surelyNfc && !line.IsNormalized(NormalizationForm.FormC))
        {
            WriteNfc(b, text, start, length);
            return;
        }
        if (vietnamese)
        {
            b.Copy(line, start);
            return;
        }
        WriteRepaired(b, text, start, length, splitter);
    }

    /// <summary>Composes each base letter with its combining marks, so a cluster maps back to its original range.</summary>
    private static void WriteNfc(MappedTextBuilder b, string text, int start, int length)
    {
        var end = start + length;
        var i = start;
        while (i < end)
        {
            var j = i + 1;
            while (j < end && IsMark(text[j])) j++;
            if (j - i == 1) b.Copy(text.AsSpan(i, 1), i);
            else b.Replace(text.AsSpan(i, j - i).ToString().Normalize(NormalizationForm.FormC), i, j - i);
            i = j;
        }
    }

    /// <summary>
    /// Splits glued words and puts a space after punctuation glued to the next word. Only two kinds of places can need
    /// it: the starts of ASCII letter runs long enough to split, and the marks ',', ';', '”' and ')'. Both are found
    /// from bit masks of the line (<see cref="LineBits"/>), so the characters of the short words and of the other
    /// punctuation, most of a line, are not looked at one by one.
    /// </summary>
    internal static void WriteRepaired(MappedTextBuilder b, string text, int start, int length, GluedWordSplitter splitter)
    {
        var end = start + length;
        var copied = start;
        var bufferLength = LineBits.BufferLength(length);
        var bits = new LineBits(text.AsSpan(start, length), bufferLength <= 64 ? stackalloc ulong[bufferLength] : new ulong[bufferLength]);
        for (var block = 0; block < bits.Blocks; block++)
        {
            var runs = bits.RunStarts(block, GluedWordSplitter.MinLength);
            for (var places = runs | bits.Marks(block); places != 0; places &= places - 1)
            {
                var bit = BitOperations.TrailingZeroCount(places);
                var i = start + 64 * block + bit;
                if ((runs >> bit & 1) != 0)
                {
                    var j = i + GluedWordSplitter.MinLength;
                    while (j < end && char.IsAsciiLetter(text[j])) j++;
                    if (!IsGlued(text, i, j, start, end) && splitter.Split(text.AsSpan(i, j - i)) is { Length: > 0 } cuts)
                        copied = WriteCuts(b, text, copied, i, cuts);
                }
                else if (NeedsSpaceAfter(text, i, start, end))
                {
                    b.Copy(text.AsSpan(copied, i + 1 - copied), copied);
                    b.Insert(" ", i + 1);
                    copied = i + 1;
                }
            }
        }
        b.Copy(text.AsSpan(copied, end - copied), copied);
    }

    /// <summary>A letter run [i, j) that goes on with a letter, digit or hyphen is part of a longer token.</summary>
    internal static bool IsGlued(string text, int i, int j, int start, int end) =>
        (j < end && Joins(text[j])) || (i > start && Joins(text[i - 1]));

    private static bool Joins(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) || c == '-' : char.IsLetterOrDigit(c);

    /// <summary>Writes the text from <paramref name="copied"/> up to the last cut of the word at <paramref name="i"/>, a space at each cut.</summary>
    internal static int WriteCuts(MappedTextBuilder b, string text, int copied, int i, int[] cuts)
    {
        b.Copy(text.AsSpan(copied, i - copied), copied);
        var from = i;
        foreach (var cut in cuts)
        {
            b.Copy(text.AsSpan(from, i + cut - from), from);
            b.Insert(" ", i + cut);
            from = i + cut;
        }
        return from;
    }

    /// <summary>"said,noting" and "”partnership": punctuation glued to the next word.</summary>
    internal static bool NeedsSpaceAfter(string text, int i, int start, int end)
    {
        if (i + 1 >= end || i == start || !char.IsLetter(text[i + 1])) return false;
        return text[i] switch
        {
            ',' or ';' => char.IsLetter(text[i - 1]),
            '\u201D' or ')' => true,
            _ => false,
        };
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>
    /// Whether the line has Vietnamese letters, and whether it is surely NFC without asking ICU: it is when every
    /// character is below U+0300, a precomposed Vietnamese letter or common punctuation (none of which decomposes or
    /// combines). Vietnamese letters and the checked ranges are all at U+0100 or above, so only those are looked at.
    /// </summary>
    internal static (bool SurelyNfc, bool Vietnamese) Scan(ReadOnlySpan<char> line)
    {
        var (nfc, vietnamese) = (true, false);
        for (var k = line.IndexOfAnyExceptInRange('\0', '\u00FF'); k >= 0 && (nfc || !vietnamese); k = line.IndexOfAnyExceptInRange('\0', '\u00FF'))
        {
            var c = line[k];
            if (c is >= '\u1EA0' and <= '\u1EF9' or 'ơ' or 'ư' or 'đ' or 'ă' or 'Ơ' or 'Ư' or 'Đ' or 'Ă') vietnamese = true;
            else if (c is not (< '\u0300' or >= '\u2010' and <= '\u2027')) nfc = false;
            line = line[(k + 1)..];
        }
        return (nfc, vietnamese);
    }
}
