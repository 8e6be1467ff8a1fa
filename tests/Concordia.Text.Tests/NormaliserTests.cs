using Concordia.Domain.Values;
using Concordia.Text.Normalisation;

namespace Concordia.Text.Tests;

public class NormaliserTests
{
    [Theory]
    [InlineData("Vietnam actively took part in andmade important contributions", "in and made important")]
    [InlineData("the Commemorative Summit forthe 50th Year", "Summit for the 50th")]
    [InlineData("Friendship and Cooperation whileobtaining substantive results", "while obtaining substantive")]
    [InlineData("Deputy Ministerof Foreign Affairs Do Hung Viet has said.", "Deputy Minister of Foreign Affairs")]
    [InlineData("the first summit of the AsiaZero Emission Community (AZEC)", "Asia Zero Emission")]
    [InlineData("the Deputy Minister said,noting that the speeches", "said, noting")]
    [InlineData("PM Kishida Fumio and other leaders of the Japanese sidepledged assistance", "side pledged")]
    public void Normalise_GluedWords_AreSplit(string line, string expected)
    {
        Assert.Contains(expected, Normaliser.Normalise(line).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kamikawa Yoko and Suga Yoshihide met Masatgusu Asakawa and Sonexay Siphandone.")]
    [InlineData("Prayut Chan-o-cha and Phankham Viphavanh attended with Khamphao Ernthavanh.")]
    public void Normalise_NamesAndWords_AreLeftAlone(string line)
    {
        Assert.Equal(line + "\n", Normaliser.Normalise(line).Text);
    }

    [Fact]
    public void Normalise_DecomposedVietnamese_IsComposedAndMapsBack()
    {
        var decomposed = "Bộ trưởng Bùi Thanh Sơn".Normalize(System.Text.NormalizationForm.FormD);
        var n = Normaliser.Normalise(decomposed);
        var at = n.Text.IndexOf("Sơn", StringComparison.Ordinal);
        Assert.True(at > 0);
        var original = n.ToOriginal(new Span(at, 3));
        Assert.Equal("Sơn", decomposed.Substring(original.Start, original.Length).Normalize());
    }

    [Fact]
    public void Normalise_Boilerplate_IsRemovedAndCaptionKeptApart()
    {
        var text = "Underline menu menu close\n02:44 - 26/07/2025\nThe ministers met in Tokyo.\n" +
                   "The scene of the meeting in Tokyo, Japan, August 8, 2024. Photo: Ministry of Foreign Affairs |\n" +
                   "Like us on Facebook or follow us on Twitter to get the latest news about Vietnam!";
        var n = Normaliser.Normalise(text);
        Assert.Equal("The ministers met in Tokyo.\n", n.Text[..n.BodyLength]);
        Assert.Single(n.Captions);
        Assert.EndsWith("August 8, 2024.", n.Text.Substring(n.Captions[0].Start, n.Captions[0].Length), StringComparison.Ordinal);
        Assert.Single(n.Stamps);
        Assert.Equal(2, n.Removed.Count);
    }

    [Fact]
    public void Normalise_RepeatedPassage_IsKeptOnce()
    {
        const string p = "PM Chinh’s speeches were profound and comprehensive as they reviewed the 50 years of relations.";
        var n = Normaliser.Normalise($"{p}\nSomething else entirely happened here.\n{p}\nVNA");
        Assert.Equal(1, n.Text.Split("profound").Length - 1);
        Assert.Contains(n.Removed, r => r.Reason == "repeated-passage" && r.RepeatOf is not null);
    }

    [Fact]
    public void Normalise_Html_KeepsMainTextAndMapsBack()
    {
        const string html = "<html><body><nav>Home | News</nav><p>Bui Thanh Son met Kamikawa Yoko in Tokyo.</p>" +
                            "<figure><img src=x><figcaption>The ministers in Tokyo</figcaption></figure><footer>Contact</footer></body></html>";
        var n = Normaliser.Normalise(html);
        Assert.DoesNotContain("Home", n.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Contact", n.Text, StringComparison.Ordinal);
        var at = n.Text.IndexOf("Kamikawa", StringComparison.Ordinal);
        var o = n.ToOriginal(new Span(at, 8));
        Assert.Equal("Kamikawa", html.Substring(o.Start, o.Length));
        Assert.Single(n.Captions);
    }

    [Fact]
    public void Normalise_HtmlWithCharacterReferences_MapsEachCharacterBack()
    {
        const string html = "<html><body><p>Hanoi (VNA) &ndash; Foreign Minister Yoshimasa Hayashi met the Vietnam&#8211;Japan Cooperation Committee.</p></body></html>";
        var n = Normaliser.Normalise(html);
        Assert.Contains("Vietnam\u2013Japan", n.Text, StringComparison.Ordinal);
        var at = n.Text.IndexOf("Hayashi", StringComparison.Ordinal);
        var o = n.ToOriginal(new Span(at, 7));
        Assert.Equal("Hayashi", html.Substring(o.Start, o.Length));
        var dash = n.ToOriginal(new Span(n.Text.LastIndexOf('\u2013'), 1));
        Assert.Equal("&#8211;", html.Substring(dash.Start, dash.Length));
    }
}
