namespace Concordia.Storage.Search;

/// <summary>
/// The database-specific parts of the search index that EF's model cannot express; the migrations that create
/// SearchEntries run these right after (keep the calls when a migration is regenerated).
/// </summary>
internal static class SearchSql
{
    /// <summary>An external-content FTS5 table over the folded columns, kept in step by triggers.</summary>
    public const string SqliteUp = """
        CREATE VIRTUAL TABLE "SearchFts" USING fts5("FoldedTitle", "FoldedBody", content='SearchEntries', content_rowid='Id',
            tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER "SearchEntries_ai" AFTER INSERT ON "SearchEntries" BEGIN
            INSERT INTO "SearchFts"(rowid, "FoldedTitle", "FoldedBody") VALUES (new."Id", new."FoldedTitle", new."FoldedBody");
        END;
        CREATE TRIGGER "SearchEntries_ad" AFTER DELETE ON "SearchEntries" BEGIN
            INSERT INTO "SearchFts"("SearchFts", rowid, "FoldedTitle", "FoldedBody") VALUES ('delete', old."Id", old."FoldedTitle", old."FoldedBody");
        END;
        CREATE TRIGGER "SearchEntries_au" AFTER UPDATE ON "SearchEntries" BEGIN
            INSERT INTO "SearchFts"("SearchFts", rowid, "FoldedTitle", "FoldedBody") VALUES ('delete', old."Id", old."FoldedTitle", old."FoldedBody");
            INSERT INTO "SearchFts"(rowid, "FoldedTitle", "FoldedBody") VALUES (new."Id", new."FoldedTitle", new."FoldedBody");
        END;
        INSERT INTO "SearchFts"("SearchFts") VALUES ('rebuild');
        """;

    public const string SqliteDown = """
        DROP TRIGGER IF EXISTS "SearchEntries_ai";
        DROP TRIGGER IF EXISTS "SearchEntries_ad";
        DROP TRIGGER IF EXISTS "SearchEntries_au";
        DROP TABLE IF EXISTS "SearchFts";
        """;

    /// <summary>
    /// A second external-content FTS5 table over titles and names alone, for the title tier of
    /// <see cref="SqliteSearchIndex"/>: a title filter on the main table reads every record whose text holds the words.
    /// </summary>
    public const string SqliteTitleUp = """
        CREATE VIRTUAL TABLE "SearchTitleFts" USING fts5("FoldedTitle", content='SearchEntries', content_rowid='Id',
            tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER "SearchEntries_title_ai" AFTER INSERT ON "SearchEntries" BEGIN
            INSERT INTO "SearchTitleFts"(rowid, "FoldedTitle") VALUES (new."Id", new."FoldedTitle");
        END;
        CREATE TRIGGER "SearchEntries_title_ad" AFTER DELETE ON "SearchEntries" BEGIN
            INSERT INTO "SearchTitleFts"("SearchTitleFts", rowid, "FoldedTitle") VALUES ('delete', old."Id", old."FoldedTitle");
        END;
        CREATE TRIGGER "SearchEntries_title_au" AFTER UPDATE ON "SearchEntries" BEGIN
            INSERT INTO "SearchTitleFts"("SearchTitleFts", rowid, "FoldedTitle") VALUES ('delete', old."Id", old."FoldedTitle");
            INSERT INTO "SearchTitleFts"(rowid, "FoldedTitle") VALUES (new."Id", new."FoldedTitle");
        END;
        INSERT INTO "SearchTitleFts"("SearchTitleFts") VALUES ('rebuild');
        """;

    public const string SqliteTitleDown = """
        DROP TRIGGER IF EXISTS "SearchEntries_title_ai";
        DROP TRIGGER IF EXISTS "SearchEntries_title_ad";
        DROP TRIGGER IF EXISTS "SearchEntries_title_au";
        DROP TABLE IF EXISTS "SearchTitleFts";
        """;

    /// <summary>A generated tsvector (titles weight A, text weight D) with a GIN index; 'simple' keeps words unstemmed.</summary>
    public const string PostgresUp = """
        ALTER TABLE "SearchEntries" ADD COLUMN "Vector" tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', "FoldedTitle"), 'A') || setweight(to_tsvector('simple', left("FoldedBody", 500000)), 'D')) STORED;
        CREATE INDEX "IX_SearchEntries_Vector" ON "SearchEntries" USING GIN ("Vector");
        """;

    public const string PostgresDown = """
        DROP INDEX IF EXISTS "IX_SearchEntries_Vector";
        ALTER TABLE "SearchEntries" DROP COLUMN IF EXISTS "Vector";
        """;
}
