using Concordia.Application.Abstractions;
using Concordia.Domain;

namespace Concordia.Storage;

/// <summary>Where the registry lives: a SQLite file (the default) or a PostgreSQL server.</summary>
public sealed record StorageOptions
{
    private StorageOptions(DatabaseProvider provider, string connectionString, string? sqlitePath)
    {
        Provider = provider;
        ConnectionString = connectionString;
        SqlitePath = sqlitePath;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    /// <summary>The SQLite file, absolute; null for PostgreSQL.</summary>
    public string? SqlitePath { get; }

    /// <summary>The default file: concordia.db in the user's local application data folder.</summary>
    public static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "concordia", "concordia.db");

    public static StorageOptions ForSqlite(string? path = null)
    {
        var full = Path.GetFullPath(string.IsNullOrWhiteSpace(path) ? DefaultSqlitePath : path);
        return new StorageOptions(DatabaseProvider.Sqlite, $"Data Source={full};Foreign Keys=True", full);
    }

    public static StorageOptions ForPostgres(string connectionString) => new(DatabaseProvider.PostgreSql, connectionString, null);

    /// <summary>
    /// Picks the database from command-line style inputs: a PostgreSQL connection string wins, else a SQLite path,
    /// else the default file. Giving both is an error naming the two fields.
    /// </summary>
    public static Result<StorageOptions> From(string? sqlitePath, string? postgresConnectionString)
    {
        if (!string.IsNullOrWhiteSpace(sqlitePath) && !string.IsNullOrWhiteSpace(postgresConnectionString))
            return Result<StorageOptions>.Fail([
                new Error("storage.ambiguous", "give either a SQLite path or a PostgreSQL connection string, not both", "db"),
                new Error("storage.ambiguous", "give either a SQLite path or a PostgreSQL connection string, not both", "postgres"),
            ]);
        return string.IsNullOrWhiteSpace(postgresConnectionString) ? ForSqlite(sqlitePath) : ForPostgres(postgresConnectionString);
    }

    /// <summary>A description safe to log: the file path, or the PostgreSQL host and database without credentials.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite) return $"SQLite {SqlitePath}";
        var parts = ConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(kv => kv.Length == 2 && kv[0].Trim().ToLowerInvariant() is "host" or "server" or "port" or "database")
            .Select(kv => $"{kv[0].Trim()}={kv[1].Trim()}");
        return "PostgreSQL " + string.Join(';', parts);
    }
}
