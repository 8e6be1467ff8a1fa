using System.Globalization;
using System.Text;

namespace Concordia.Application.Search;

/// <summary>
/// Folds text for diacritic-insensitive search: lower case, marks removed, đ → d, so "Nguyễn Văn An" and
/// "nguyen van an" fold alike. Both the index and the query are folded the same way, in both databases.
/// </summary>
public static class TextFold
{
    public static string Fold(string text) => FoldMapped(text).Folded;

    /// <summary>The folded text and, for each folded character, the index of the original character it came from.</summary>
    public static (string Folded, int[] Origin) FoldMapped(string text)
    {
        var sb = new StringBuilder(text.Length);
        var origin = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128)
            {
                sb.Append(char.ToLowerInvariant(c));
                origin.Add(i);
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark) continue;
            sb.Append(FoldChar(c));
            origin.Add(i);
        }

        return (sb.ToString(), origin.ToArray());
    }

    /// <summary>Folded words of a query: letters and digits only, so nothing in it can act as search syntax.</summary>
    public static IReadOnlyList<string> Terms(string? query, int max = 12)
    {
        if (string.IsNullOrWhiteSpace(query)) return [];
        var folded = Fold(query);
        var terms = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in folded.Append(' '))
        {
            if (char.IsLetterOrDigit(c)) { sb.Append(c); continue; }
            if (sb.Length > 0 && !terms.Contains(sb.ToString())) terms.Add(sb.ToString());
            sb.Clear();
        }

        return terms.Take(max).ToList();
    }

    private static char FoldChar(char c)
    {
        if (c is 'đ' or 'Đ') return 'd';
        var s = c.ToString().Normalize(NormalizationForm.FormD);
        return char.ToLowerInvariant(s.Length > 0 ? s[0] : c);
    }
}
