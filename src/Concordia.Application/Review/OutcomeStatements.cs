using System.Text;
using Concordia.Application.Search;

namespace Concordia.Application.Review;

/// <summary>
/// Tells a meeting's own statement from a report of it: the document's title opens with a statement's name ("Joint
/// Statement", "Chair's Statement", "Tuyên bố chung") and names the meeting the fact quotes. A news headline that
/// merely mentions a statement does not open with one.
/// </summary>
public static class OutcomeStatements
{
    private static readonly string[] Openings =
    [
        "joint statement", "joint press statement", "joint communique", "joint declaration", "chair s statement", "chairs statement",
        "chairman s statement", "chairperson s statement", "co chairs statement", "co chairs press statement", "co chair s statement",
        "tuyen bo chung", "thong cao chung", "tuyen bo cua chu tich", "tuyen bo cua dong chu tich",
    ];

    public static bool IsStatementOf(string? title, string meetingQuote)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(meetingQuote)) return false;
        var folded = Squash(title);
        var quote = Squash(meetingQuote);
        return quote.Length > 0 && Openings.Any(o => folded.StartsWith(o + " ", StringComparison.Ordinal))
               && $" {folded} ".Contains($" {quote} ", StringComparison.Ordinal);
    }

    /// <summary>Folded words separated by single spaces: "Chair’s Statement – 13th" → "chair s statement 13th".</summary>
    private static string Squash(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in TextFold.Fold(text))
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }

        return sb.ToString().TrimEnd();
    }
}
