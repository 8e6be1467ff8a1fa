namespace Concordia.Storage.Search;

/// <summary>
/// Turns folded query terms into each database's query language. Every term must match as a whole word, except the
/// last one, which may also match as a word prefix when it has at least <see cref="MinPrefixLength"/> letters (the
/// word being typed: "hoi ngh" finds "Hội nghị"). Whole words keep the index lookups incremental; a prefix of one or
/// two letters would pull in a large part of the vocabulary.
/// </summary>
internal static class SearchQueries
{
    public const int MinPrefixLength = 3;

    /// <summary>Whether the last term is long enough to be matched as a prefix too.</summary>
    public static bool CanPrefixLast(IReadOnlyList<string> terms) => terms.Count > 0 && terms[^1].Length >= MinPrefixLength;

    /// <summary>Each term as an FTS5 phrase: quoted (so nothing in it acts as syntax), the last one a prefix if asked.</summary>
    public static IReadOnlyList<string> Fts5Terms(IReadOnlyList<string> terms, bool prefixLast) =>
        terms.Select((t, i) => Fts5Term(t, prefixLast && i == terms.Count - 1 && IsPrefix(terms, i))).ToList();

    /// <summary>An FTS5 query requiring every term.</summary>
    public static string Fts5(IReadOnlyList<string> fts5Terms) => string.Join(' ', fts5Terms);

    /// <summary>A PostgreSQL tsquery in the 'simple' configuration: terms joined by &amp;, the last one as a prefix.</summary>
    public static string TsQuery(IReadOnlyList<string> terms) =>
        string.Join(" & ", terms.Select((t, i) => IsPrefix(terms, i) ? t + ":*" : t));

    private static bool IsPrefix(IReadOnlyList<string> terms, int index) => index == terms.Count - 1 && terms[index].Length >= MinPrefixLength;

    private static string Fts5Term(string term, bool prefix) => $"\"{term.Replace("\"", "", StringComparison.Ordinal)}\"" + (prefix ? "*" : "");
}
