namespace Concordia.Domain;

/// <summary>Lower-case ASCII identifiers with single hyphens ("mekong-japan", "foreign-ministers").</summary>
public static class Slug
{
    public static bool IsValid(string? text) =>
        text is { Length: > 0 and <= 64 }
        && text[0] != '-' && text[^1] != '-'
        && !text.Contains("--", StringComparison.Ordinal)
        && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    public static Error Invalid(string field, string? text) =>
        new("slug.invalid", $"'{text}' is not a lower-case id of letters, digits and single hyphens", field);
}
