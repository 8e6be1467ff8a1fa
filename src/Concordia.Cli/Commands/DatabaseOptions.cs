using System.CommandLine;

namespace Concordia.Cli.Commands;

/// <summary>The database options every database command shares: an SQLite file by default, or a PostgreSQL server.</summary>
internal static class DatabaseOptions
{
    public static readonly Option<string?> Sqlite = new("--db")
    {
        Description = "SQLite database file (default: concordia.db in the current folder)",
    };

    public static readonly Option<string?> Postgres = new("--postgres")
    {
        Description = "PostgreSQL connection string; overrides --db",
    };
}
