using Concordia.Application.Abstractions;

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

    /// <summary>The default file: concordia.db in the current folder.</summary>
    public const string DefaultSqlitePath = "concordia.db";

    public static StorageOptions ForSqlite(string? path = null)
    {
        var full = Path.GetFullPath(string.IsNullOrWhiteSpace(path) ? DefaultSqlitePath : path);
        return new StorageOptions(DatabaseProvider.Sqlite, $"Data Source={full};Foreign Keys=True", full);
    }

    public static StorageOptions ForPostgres(string connectionString) => new(DatabaseProvider.PostgreSql, connectionString, null);

    /// <summary>Picks the database from command-line style inputs: a PostgreSQL connection string overrides a SQLite path.</summary>
    public static StorageOptions From(string? sqlitePath, string? postgresConnectionString) =>
        string.IsNullOrWhiteSpace(postgresConnectionString) ? ForSqlite(sqlitePath) : ForPostgres(postgresConnectionString);

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
