using System.CommandLine;
using System.Data.Common;
using Concordia.Application.Abstractions;
using Concordia.Application.Ingestion;
using Concordia.Domain;
using Concordia.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Spectre.Console;

namespace Concordia.Cli.Commands;

/// <summary>
/// <c>concordia ingest PATH... [--db PATH | --postgres CONNSTR]</c>: stores documents and their facts (pending review).
/// Files already stored are skipped; a file that fails is reported and the others go on; exit code 1 if any failed.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<FileSystemInfo[]>("PATH") { Description = "Files or folders to ingest (folders are walked)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Store documents and their extracted facts for review (idempotent by content)")
        {
            paths, DatabaseOptions.Sqlite, DatabaseOptions.Postgres,
        };
        command.SetAction((parse, ct) =>
            RunAsync(parse.GetValue(paths)!, StorageOptions.From(parse.GetValue(DatabaseOptions.Sqlite), parse.GetValue(DatabaseOptions.Postgres)), ct));
        return command;
    }

    private static async Task<int> RunAsync(FileSystemInfo[] inputs, StorageOptions options, CancellationToken ct)
    {
        await using var services = new ServiceCollection()
            .AddLogging(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
                .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Critical)
                .Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace))
            .AddConcordiaStorage(options).AddConcordiaIngestion().BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<IDatabaseInitializer>().InitializeAsync(ct);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            await Console.Error.WriteLineAsync($"ingest: cannot open {options.Describe()}: {e.Message}");
            return options.Provider == DatabaseProvider.PostgreSql ? ExitCodes.Unavailable : ExitCodes.CannotCreateOutput;
        }

        var files = InputFiles.Walk(inputs).ToList();
        var ingestion = scope.ServiceProvider.GetRequiredService<IngestionService>();
        var outcomes = Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive
            ? await PlainAsync(files, ingestion, ct)
            : await WithProgressAsync(files, ingestion, ct);
        IngestReport.Write(outcomes);
        return outcomes.Any(o => o.Status == IngestStatus.Failed) ? ExitCodes.PartialFailure : ExitCodes.Ok;
    }

    private static async Task<List<IngestOutcome>> PlainAsync(List<FileInfo> files, IngestionService ingestion, CancellationToken ct)
    {
        var outcomes = new List<IngestOutcome>();
        for (var i = 0; i < files.Count; i++)
        {
            var outcome = await IngestFileAsync(files[i], ingestion, ct);
            outcomes.Add(outcome);
            Console.WriteLine($"[{i + 1}/{files.Count}] {IngestReport.StatusText(outcome)}\t{files[i].FullName}{IngestReport.Detail(outcome)}");
        }

        return outcomes;
    }

    private static async Task<List<IngestOutcome>> WithProgressAsync(List<FileInfo> files, IngestionService ingestion, CancellationToken ct)
    {
        var outcomes = new List<IngestOutcome>();
        await AnsiConsole.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Ingesting", maxValue: Math.Max(1, files.Count));
                foreach (var file in files)
                {
                    task.Description = Markup.Escape(file.Name.Length > 40 ? file.Name[..40] : file.Name);
                    outcomes.Add(await IngestFileAsync(file, ingestion, ct));
                    task.Increment(1);
                }

                task.Description = "Ingested";
            });
        return outcomes;
    }

    private static async Task<IngestOutcome> IngestFileAsync(FileInfo file, IngestionService ingestion, CancellationToken ct)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file.FullName, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return IngestOutcome.Failed(file.Name, new Error("file.unreadable", $"{file.FullName}: cannot read ({e.Message})", "path"));
        }

        return await ingestion.IngestAsync(file.Name, bytes, ct);
    }
}
