using System.CommandLine;
using System.Data.Common;
using Concordia.Application.Abstractions;
using Concordia.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Concordia.Cli.Commands;

/// <summary>`concordia db migrate`: brings a database to the current schema and loads the reference registry.</summary>
internal static partial class DbCommand
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Create or upgrade the database (SQLite file or PostgreSQL) and load the reference registry")
        {
            DatabaseOptions.Sqlite, DatabaseOptions.Postgres,
        };
        migrate.SetAction((parse, ct) => MigrateAsync(parse.GetValue(DatabaseOptions.Sqlite), parse.GetValue(DatabaseOptions.Postgres), ct));
        return new Command("db", "Database administration") { migrate };
    }

    private static async Task<int> MigrateAsync(string? sqlitePath, string? postgres, CancellationToken ct)
    {
        var options = StorageOptions.From(sqlitePath, postgres);
        await using var services = new ServiceCollection().AddLogging(ToStandardError).AddConcordiaStorage(options).BuildServiceProvider();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("concordia.db");
        try
        {
            await using var scope = services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<IDatabaseInitializer>().InitializeAsync(ct);
            LogDone(log, options.Describe(), report.AppliedMigrations.Count, report.Reference.Added, report.Reference.Updated);
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            // The message names the server or file problem; connection strings are not logged, they may hold passwords.
            LogFailed(log, options.Describe(), e.GetType().Name, e.Message);
            return options.Provider == DatabaseProvider.PostgreSql ? ExitCodes.Unavailable : ExitCodes.CannotCreateOutput;
        }
    }

    private static void ToStandardError(ILoggingBuilder logging)
    {
        logging.AddSimpleConsole(o => o.SingleLine = true);
        logging.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        // On a new PostgreSQL database EF logs its probe of the missing history table as a failed command; real
        // failures surface as exceptions and are logged below.
        logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Database} is ready: {Migrations} migration(s) applied, reference rows {Added} added, {Updated} updated")]
    private static partial void LogDone(ILogger logger, string database, int migrations, int added, int updated);

    [LoggerMessage(Level = LogLevel.Error, Message = "Cannot migrate {Database}: {Kind}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string database, string kind, string reason);
}
