using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Concordia.Web.Tests.Infrastructure;

/// <summary>
/// The whole web application over a real, new database for one test class: a temporary SQLite file, or a throwaway
/// database on the PostgreSQL server named by CONCORDIA_TEST_POSTGRES. The sample corpus is not loaded.
/// </summary>
public abstract class ApiHost : IAsyncLifetime
{
    public const string PostgresVariable = "CONCORDIA_TEST_POSTGRES";

    private WebApplicationFactory<Program>? _factory;

    public string? SkipReason { get; protected set; }

    public IServiceProvider Services => _factory!.Services;

    protected abstract Task<IReadOnlyDictionary<string, string>?> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    public async Task InitializeAsync()
    {
        var settings = await CreateDatabaseAsync();
        if (settings is null) return;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Concordia:SampleCorpus", "false");
            foreach (var (key, value) in settings) b.UseSetting(key, value);
        });
        _ = _factory.Server;
    }

    /// <summary>A client for the API; skips the calling test when this database is not configured.</summary>
    public HttpClient Client()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var client = _factory!.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        await DropDatabaseAsync();
    }
}

public sealed class SqliteApiHost : ApiHost
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "concordia-web-tests", Guid.NewGuid().ToString("N"));

    public string FilePath => Path.Combine(_folder, "concordia.db");

    protected override Task<IReadOnlyDictionary<string, string>?> CreateDatabaseAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string>?>(new Dictionary<string, string> { ["Concordia:Sqlite"] = FilePath });

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class PostgresApiHost : ApiHost
{
    private readonly string _name = "concordia_web_" + Guid.NewGuid().ToString("N");
    private string? _server;

    protected override async Task<IReadOnlyDictionary<string, string>?> CreateDatabaseAsync()
    {
        _server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(_server))
        {
            SkipReason = $"{PostgresVariable} is not set";
            return null;
        }

        await ExecuteAsync($"CREATE DATABASE \"{_name}\"");
        var connection = new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;
        return new Dictionary<string, string> { ["Concordia:Postgres"] = connection };
    }

    protected override async Task DropDatabaseAsync()
    {
        if (string.IsNullOrWhiteSpace(_server)) return;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
