using Microsoft.EntityFrameworkCore;

namespace Concordia.Storage.Search;

/// <summary>
/// One searchable record: a document or a registry name, with its text folded (<see cref="Application.Search.TextFold"/>).
/// SQLite indexes the folded columns with an FTS5 table, PostgreSQL with a generated tsvector column and a GIN index;
/// both are created by the migrations, outside the EF model. The integer key is the FTS5 rowid.
/// </summary>
internal sealed class SearchEntry
{
    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public string RecordKey { get; set; } = "";
    public string Title { get; set; } = "";
    public string FoldedTitle { get; set; } = "";
    public string FoldedBody { get; set; } = "";
}

internal static class SearchModel
{
    public const string Table = "SearchEntries";

    public static void Configure(ModelBuilder b) => b.Entity<SearchEntry>(e =>
    {
        e.ToTable(Table);
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedOnAdd();
        e.Property(x => x.Kind).HasMaxLength(16);
        e.Property(x => x.RecordKey).HasMaxLength(64);
        e.Property(x => x.Title).HasMaxLength(500);
        e.HasIndex(x => new { x.Kind, x.RecordKey }).IsUnique();
    });
}
