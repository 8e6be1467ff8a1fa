namespace Concordia.Storage.Search;

/// <summary>
/// Turns folded query terms into each database's query language. Every term must match as a whole word, except the
/// last one, which also matches as a word prefix when it has at least <see cref="MinPrefixLength"/> letters (the word
/// being typed: "hoi ngh" finds "Hội nghị"). Whole words keep the index lookups incremental; a prefix of one or two
/// letters would pull in a large part of the vocabulary.
/// </summary>
internal static class SearchQueries
{
    public const int MinPrefixLength = 3;

    /// <summary>An FTS5 query: quoted terms (so nothing in them acts as syntax), all required.</summary>
    public static string Fts5(IReadOnlyList<string> terms) =>
        string.Join(' ', terms.Select((t, i) => Fts5Term(t, IsPrefix(terms, i))));

    /// <summary>The same query, restricted to the title column.</summary>
    public static string Fts5Title(IReadOnlyList<string> terms) => $"{{FoldedTitle}} : ({Fts5(terms)})";

    /// <summary>Each term on its own, as it appears in <see cref="Fts5"/>.</summary>
    public static IEnumerable<string> Fts5Terms(IReadOnlyList<string> terms) => terms.Select((t, i) => Fts5Term(t, IsPrefix(terms, i)));

    /// <summary>A PostgreSQL tsquery in the 'simple' configuration: terms joined by &amp;, the last one as a prefix.</summary>
    public static string TsQuery(IReadOnlyList<string> terms) =>
        string.Join(" & ", terms.Select((t, i) => IsPrefix(terms, i) ? t + ":*" : t));

    private static bool IsPrefix(IReadOnlyList<string> terms, int index) => index == terms.Count - 1 && terms[index].Length >= MinPrefixLength;

    private static string Fts5Term(string term, bool prefix) => $"\"{term.Replace("\"", "", StringComparison.Ordinal)}\"" + (prefix ? "*" : "");
}
