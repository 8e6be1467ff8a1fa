namespace Concordia.Web;

/// <summary>How a Concordia host is started: which database, where to listen, whether to fill a new database.</summary>
public sealed record ConcordiaHostOptions
{
    public const string DefaultUrl = "http://127.0.0.1:5080";
    public const string DefaultSqlitePath = "concordia.db";

    /// <summary>SQLite file; used unless <see cref="PostgresConnectionString"/> is set.</summary>
    public string SqlitePath { get; init; } = DefaultSqlitePath;

    public string? PostgresConnectionString { get; init; }

    public string Urls { get; init; } = DefaultUrl;

    /// <summary>Ingest the shipped sample corpus when the database has no documents yet.</summary>
    public bool LoadSampleCorpus { get; init; } = true;

    /// <summary>Reads the "Concordia" configuration section (Concordia:Sqlite, Concordia:Postgres, Concordia:Urls, Concordia:SampleCorpus).</summary>
    public static ConcordiaHostOptions FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection("Concordia");
        return new ConcordiaHostOptions
        {
            SqlitePath = section["Sqlite"] is { Length: > 0 } path ? path : DefaultSqlitePath,
            PostgresConnectionString = section["Postgres"] is { Length: > 0 } pg ? pg : null,
            Urls = section["Urls"] is { Length: > 0 } urls ? urls : DefaultUrl,
            LoadSampleCorpus = !bool.TryParse(section["SampleCorpus"], out var load) || load,
        };
    }
}
