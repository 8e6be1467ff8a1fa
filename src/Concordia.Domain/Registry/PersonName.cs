using System.Globalization;
using System.Text;

namespace Concordia.Domain.Registry;

/// <summary>
/// Matching keys for names: "Nguyễn Văn An" and "Nguyen Van An" share a key, and so do "Tanaka Hiroshi" and
/// "Hiroshi Tanaka" (name parts are sorted, since Japanese names appear in either order).
/// </summary>
public static class PersonName
{
    public static string Fold(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return sb.ToString();
    }

    public static string Key(string name) =>
        string.Join(' ', Fold(name)
            .Split([' ', '\t', '-', '.', ','], StringSplitOptions.RemoveEmptyEntries)
            .Order(StringComparer.Ordinal));
}
