using Microsoft.Extensions.Hosting;
using System.CommandLine;
using Concordia.Web;

namespace Concordia.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Address to listen on", DefaultValueFactory = _ => ConcordiaHostOptions.DefaultUrl };
        var noSample = new Option<bool>("--no-sample") { Description = "Do not ingest the sample corpus into a new database" };
        var command = new Command("serve", "Serve the portal and the REST API (creates and fills the database on first run)")
        {
            DatabaseOptions.Sqlite, DatabaseOptions.Postgres, urls, noSample,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new ConcordiaHostOptions
            {
                SqlitePath = parse.GetValue(DatabaseOptions.Sqlite) ?? ConcordiaHostOptions.DefaultSqlitePath,
                PostgresConnectionString = parse.GetValue(DatabaseOptions.Postgres),
                Urls = parse.GetValue(urls) ?? ConcordiaHostOptions.DefaultUrl,
                LoadSampleCorpus = !parse.GetValue(noSample),
            };
            await using var app = await ConcordiaWebApp.BuildAsync(options, ct: ct);
            // System.CommandLine turns Ctrl-C and SIGTERM into this token; stopping on it gives one orderly shutdown.
            await app.StartAsync(ct);
            await app.WaitForShutdownAsync(ct);
            return ExitCodes.Ok;
        });
        return command;
    }
}
