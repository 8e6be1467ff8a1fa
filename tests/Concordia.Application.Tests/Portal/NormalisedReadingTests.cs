using Concordia.Application.Portal;
using Concordia.Domain.Values;

namespace Concordia.Application.Tests.Portal;

public sealed class NormalisedReadingTests
{
    private const string Page =
        "<!doctype html><html><head><title>MJC</title><script>window.__pwned = 'head';</script></head><body>\n" +
        "<h1>Joint Statement of the 13th Mekong&#8211;Japan Foreign Ministers&#39; Meeting</h1>\n" +
        "<p>The ministers agreed to <b>resume</b> the Mekong&ndash;Japan Summit by the end of 2025.</p>\n" +
        "<script>window.__pwned = 'body';</script>\n" +
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; was quoted &amp; kept as text.</p>\n" +
        "</body></html>";

    [Theory]
    [InlineData("resume", "resume")]
    [InlineData("Mekong&ndash;Japan Summit", "Mekong–Japan Summit")]
    [InlineData("13th Mekong&#8211;Japan Foreign Ministers&#39; Meeting", "13th Mekong–Japan Foreign Ministers' Meeting")]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>")]
    [InlineData("to <b>resume</b> the", "to resume the")]
    public void Find_SpanOfHtmlOriginal_IsTheTextItBecame(string original, string shown)
    {
        var reading = NormalisedReading.Of(Page);

        var found = reading.Find(new Span(Page.IndexOf(original, StringComparison.Ordinal), original.Length));

        Assert.NotNull(found);
        Assert.Equal(shown, reading.Text.Substring(found.Value.Start, found.Value.Length));
    }

    [Theory]
    [InlineData("<script>window.__pwned = 'body';</script>")]
    [InlineData("<title>MJC</title>")]
    public void Find_SpanOfMarkupLeftOut_IsNull(string original)
    {
        var reading = NormalisedReading.Of(Page);

        Assert.Null(reading.Find(new Span(Page.IndexOf(original, StringComparison.Ordinal), original.Length)));
        Assert.DoesNotContain("__pwned", reading.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_PlainText_KeepsTheTextAndEverySpan()
    {
        const string text = "Kuala Lumpur, 10 July 2025 — Deputy Prime Minister Bùi Thanh Sơn co-chaired the 13th Mekong–Japan Foreign Ministers' Meeting.";
        var reading = NormalisedReading.Of(text);
        var span = new Span(text.IndexOf("Bùi", StringComparison.Ordinal), "Bùi Thanh Sơn".Length);

        Assert.Equal(text, reading.Text.TrimEnd('\n'));
        Assert.Equal(span, reading.Find(span));
    }
}
