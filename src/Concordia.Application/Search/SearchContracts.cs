namespace Concordia.Application.Search;

/// <summary>What a search hit is: a document, or a registry name (a mechanism, a meeting, a person).</summary>
public static class SearchKinds
{
    public const string Document = "document";
    public const string Mechanism = "mechanism";
    public const string Meeting = "meeting";
    public const string Person = "person";
}

/// <summary>One ranked match from the index; <see cref="Rank"/> is larger for better matches.</summary>
public sealed record SearchMatch(string Kind, string RecordKey, string Title, double Rank);

/// <summary>The full-text index of documents and registry names, per database (SQLite FTS5, PostgreSQL text search).</summary>
public interface ISearchIndex
{
    /// <summary>Records matching every term (each also as a word prefix), best first. Terms are already folded.</summary>
    Task<IReadOnlyList<SearchMatch>> MatchAsync(IReadOnlyList<string> terms, int limit, CancellationToken ct = default);

    /// <summary>
    /// Keys of the records of one kind matching every term (whole words, the last also as a prefix), newest first:
    /// the review page's merge picker looks up meetings this way instead of reading them all.
    /// </summary>
    Task<IReadOnlyList<string>> FindKeysAsync(string kind, IReadOnlyList<string> terms, int limit, CancellationToken ct = default);

    /// <summary>Fills the index from the stored records when it is empty (a database created before the index existed).</summary>
    Task<int> EnsureBuiltAsync(CancellationToken ct = default);
}

/// <summary>A hit as the search page shows it: where it leads, and a snippet with the terms marked (safe HTML).</summary>
public sealed record SearchHit(string Kind, string Title, string Url, string SnippetHtml, double Rank);

public sealed record SearchResults(string Query, IReadOnlyList<string> Terms, IReadOnlyList<SearchHit> Hits);
