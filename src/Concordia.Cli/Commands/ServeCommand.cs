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
            var app = await ConcordiaWebApp.BuildAsync(options, ct: ct);
            await app.RunAsync();
            return ExitCodes.Ok;
        });
        return command;
    }
}
