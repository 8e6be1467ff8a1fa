using Concordia.Text.Lexicons;
using Concordia.Text.Recognition;

namespace Concordia.Text.Tests;

public class TokenStreamTests
{
    [Theory]
    [InlineData("Deputy Prime Minister Jan Kowal met his Thai counterpart in Bangkok on 12th March 2024.", "deputy|prime|minister|jan|kowal|met|his|thai|counterpart|in|bangkok|on|12th|march|2024|.")]
    [InlineData("Mekong–Japan (MJC) — the `third’ plan", "mekong|-|japan|(|mjc|)|-|the|'|third|'|plan")]
    [InlineData("Bộ trưởng Ngoại giao ĐÀO Văn Minh, ngày 15/3", "bộ|trưởng|ngoại|giao|đào|văn|minh|,|ngày|15|/|3")]
    [InlineData("  \t\n ", "")]
    public void Create_MixedText_FoldedTokens(string text, string expected)
    {
        var ts = TokenStream.Create(text);

        Assert.Equal(text.Length, ts.Folded.Length);
        Assert.Equal(expected, string.Join("|", ts.Tokens.Select(t => ts.FoldedOf(t).ToString())));
    }

    [Fact]
    public void Create_EveryToken_IdIsTheVocabularyLookupOfItsFoldedForm()
    {
        const string text = "The Mekong-Lancang Cooperation (LMC) foreign ministers agreed in Vientiane on July 10, 2025 to set up a US$5 million fund; " +
            "Hội nghị Bộ trưởng Ngoại giao Mê Công - Nhật Bản lần thứ 16 diễn ra ngày 10/7.";
        var ts = TokenStream.Create(text);

        Assert.Contains(ts.Ids, id => id >= 0);
        for (var i = 0; i < ts.Tokens.Count; i++)
            Assert.Equal(Vocabulary.Instance.IdOf(ts.FoldedOf(ts.Tokens[i])), ts.Ids[i]);
    }

    [Fact]
    public void Read_EveryCharacter_SameAsTheUnicodeDefinition()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c);
            var word = char.IsLetterOrDigit(c) || category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
            var folded = c switch
            {
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                '\u2018' or '\u2019' or '\u02BC' or '`' => '\'',
                '\u201C' or '\u201D' => '"',
                _ => char.ToLower(c, System.Globalization.CultureInfo.InvariantCulture),
            };
            Assert.True((word, folded) == TokenStream.Read(c), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void DigitStarts_NumbersAndOrdinals_InTextOrder()
    {
        var ts = TokenStream.Create("On 12th May 2024, 3 ministers and x4 aides met.");

        Assert.Equal(["12th", "2024", "3"], ts.DigitStarts.Select(i => ts.TextOf(ts.Tokens[i]).ToString()));
    }
}

public class PhraseFindsTests
{
    [Theory]
    [InlineData("en", "Vietnamese Deputy Prime Minister and Foreign Minister Le Van An and Japanese Foreign Minister Sato Ken met in Hanoi at the 16th Mekong-Japan Foreign Ministers' Meeting within the framework of the ASEAN Ministerial Meeting, and agreed to hold the next summit in Tokyo.")]
    [InlineData("vi", "Phó Thủ tướng, Bộ trưởng Ngoại giao Lê Văn An dự Hội nghị Bộ trưởng Ngoại giao Mê Công - Nhật Bản lần thứ 16 tại Hà Nội, trong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN.")]
    public void FindAll_OnePass_SameAsEachListAlone(string language, string text)
    {
        var ts = TokenStream.Create(text);

        var all = Phrases.FindAll(ts, language);

        Assert.NotEmpty(all.Countries.Concat(all.Mechanisms));
        Assert.Equal(Phrases.Countries(ts), all.Countries);
        Assert.Equal(Phrases.Cities(ts), all.Cities);
        Assert.Equal(Phrases.Mechanisms(ts), all.Mechanisms);
        Assert.Equal(Phrases.Kinds(ts), all.Kinds);
        Assert.Equal(Phrases.Titles(ts, language), all.Titles);
        Assert.Equal(Phrases.Cues(ts), all.Cues);
    }
}

/// <summary>The block scanner of <see cref="TokenStream.Create"/> against the plain one-character-at-a-time definition.</summary>
public class TokenScannerTests
{
    /// <summary>The definition: a run of word characters is a Word (a Number when all ASCII digits), any other non-space character a Punct.</summary>
    private static (string Folded, List<Token> Tokens) Reference(string text)
    {
        var folded = new char[text.Length];
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var (word, f) = TokenStream.Read(text[i]);
            if (!word)
            {
                folded[i] = f;
                if (!char.IsWhiteSpace(text[i])) tokens.Add(new Token(i, 1, TokenKind.Punct));
                i++;
                continue;
            }
            var start = i;
            var digits = true;
            while (i < text.Length && TokenStream.Read(text[i]) is (true, var g))
            {
                folded[i++] = g;
                digits &= char.IsAsciiDigit(g);
            }
            tokens.Add(new Token(start, i - start, digits ? TokenKind.Number : TokenKind.Word));
        }
        return (new string(folded), tokens);
    }

    [Fact]
    public void Create_SampleTextsAtEveryBlockAlignment_SameTokensAndFoldedTextAsTheDefinition()
    {
        foreach (var text in Directory.GetFiles(RuleGroupTests.SampleCorpusFolder(), "*.txt").Order().Select(File.ReadAllText))
            for (var shift = 0; shift < 17; shift++) AssertSameAsDefinition(text[shift..]);
    }

    [Fact]
    public void Create_RandomMixOfEveryKindOfCharacter_SameTokensAndFoldedTextAsTheDefinition()
    {
        const string pool = "abcXYZ0123456789   \t\n\r\u000B\u000C.,;:!?-()[]\"'`$%&/\\_@#\u00A0\u0085\u00E9\u00C0ăĐđơưẠặỮ\u0301\u0323–—‘’“”\u2212\u02BC日本\uD83D\uDE00\u0660\u0E01";
        var random = new Random(20261123);
        for (var n = 0; n < 5000; n++)
            AssertSameAsDefinition(new string([.. Enumerable.Range(0, random.Next(0, 70)).Select(_ => pool[random.Next(pool.Length)])]));
    }

    private static void AssertSameAsDefinition(string text)
    {
        var (folded, tokens) = Reference(text);

        var ts = TokenStream.Create(text);

        Assert.True(folded == ts.Folded, $"folded text differs for \"{text}\"");
        Assert.True(tokens.SequenceEqual(ts.Tokens), $"tokens differ for \"{text}\"");
    }

    [Fact]
    public void Create_EveryToken_HashedAsItsFoldedForm()
    {
        var text = File.ReadAllText(Directory.GetFiles(RuleGroupTests.SampleCorpusFolder(), "*.txt").Order().First());
        var ts = TokenStream.Create(text + " Hội nghị ngày 15/3 Mê Công–Nhật Bản");

        for (var i = 0; i < ts.Tokens.Count; i++)
            Assert.Equal(Vocabulary.Instance.IdOf(ts.FoldedOf(ts.Tokens[i])), ts.Ids[i]);
        Assert.Contains(ts.Ids, id => id >= 0);
    }
}

public class TokenIdsTests
{
    [Fact]
    public void CreateWithIds_SampleTexts_SameTokensIdsAndTriggersAsLookingThemUpAfterwards()
    {
        var texts = Directory.GetFiles(RuleGroupTests.SampleCorpusFolder(), "*.txt").Order().Select(File.ReadAllText)
            .Append("").Append("By the end of 2025, Hội nghị lần thứ 16 tại Hà Nội; US$5 million in fiscal year 2023.");
        foreach (var text in texts)
        {
            var plain = TokenStream.Create(text);

            var withIds = TokenStream.CreateWithIds(text);

            Assert.Equal(plain.Tokens, withIds.Tokens);
            Assert.Equal(plain.Folded, withIds.Folded);
            Assert.Equal(plain.Ids, withIds.Ids);
            Assert.Equal(plain.TriggerWords, withIds.TriggerWords);
            var candidates = Phrases.Candidates(plain);
            Assert.Equal(candidates.Masks, withIds.Candidates!.Masks);
            Assert.Equal(candidates.Tokens, withIds.Candidates.Tokens);
        }
        Assert.NotEmpty(TokenStream.CreateWithIds("agreed to hold the summit by the end of 2025").TriggerWords);
    }
}

public class WordHashTests
{
    [Fact]
    public void Hash_WordsOfEveryLength_LowBitsSpreadEvenly()
    {
        // The table picks slots by the low bits: 4,000 words into 1,024 buckets should leave none badly overloaded.
        var buckets = new int[1024];
        for (var n = 0; n < 4000; n++) buckets[WordIds.Hash($"w{n}") & 1023]++;
        Assert.True(buckets.Max() <= 14, $"fullest bucket {buckets.Max()}");
        Assert.NotEqual(WordIds.Hash("ab"), WordIds.Hash("ba"));
        Assert.NotEqual(WordIds.Hash("a"), WordIds.Hash("a\0"));
        Assert.Equal(WordIds.Hash("mekong"), WordIds.Hash("the mekong".AsSpan(4)));
    }
}
