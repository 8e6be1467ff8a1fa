using System.CommandLine;
using Concordia.Application.Abstractions;
using Concordia.Application.Exports;
using Concordia.Application.FollowUp;
using Concordia.Domain;
using Concordia.Storage;
using Concordia.Web.Api.Exports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Concordia.Cli.Commands;

/// <summary>`concordia export`: open-data files of the registry (CSV, JSON, iCalendar, IATI), as the API serves them.</summary>
internal static class ExportCommand
{
    private static readonly Option<string> Format = new("--format") { Description = "csv, json, ical or iati", Required = true };
    private static readonly Option<string> Out = new("--out")
    {
        Description = "Output file; for csv without --kind, a folder that gets one file per list", Required = true,
    };
    private static readonly Option<string?> Kind = new("--kind") { Description = "One list: " + string.Join(", ", ExportKinds.Slugs) };
    private static readonly Option<string?> Mechanism = new("--mechanism") { Description = "Only this mechanism's records (e.g. mekong-japan)" };
    private static readonly Option<string?> From = new("--from") { Description = "From a date: YYYY, YYYY-MM or YYYY-MM-DD" };
    private static readonly Option<string?> To = new("--to") { Description = "To a date: YYYY, YYYY-MM or YYYY-MM-DD" };
    private static readonly Option<string?> BaseUrl = new("--base-url") { Description = "Public address of the portal, for meeting links" };

    public static Command Create()
    {
        var command = new Command("export", "Write open-data exports: csv|json for every list, ical for meetings, iati for flows and funds")
        {
            Format, Out, Kind, Mechanism, From, To, BaseUrl, DatabaseOptions.Sqlite, DatabaseOptions.Postgres,
        };
        command.SetAction((parse, ct) => RunAsync(parse, ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var request = ExportsApi.Parse(parse.GetValue(Format), parse.GetValue(Kind), parse.GetValue(Mechanism), parse.GetValue(From), parse.GetValue(To));
        var baseUrl = parse.GetValue(BaseUrl);
        if (baseUrl is not null && !Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
            request = Result<ExportRequest>.Fail("export.base-url.invalid", $"'{baseUrl}' is not an absolute URL", "base-url");
        if (!request.IsSuccess) return Report(request.Errors, ExitCodes.Usage);
        var options = new FollowUpOptions
        {
            Export = baseUrl is null ? new ExportOptions() : new ExportOptions { BaseUrl = FollowUpOptions.WithSlash(new Uri(baseUrl)) },
        };
        await using var services = await CliStore.OpenAsync(parse, options, ct);
        if (services is null) return ExitCodes.Unavailable;
        await using var scope = services.CreateAsyncScope();
        var exporter = scope.ServiceProvider.GetRequiredService<ExportService>();
        var outPath = parse.GetValue(Out)!;
        try
        {
            return request.Value is { Format: ExportFormat.Csv, Kind: null } all
                ? await WriteFolderAsync(exporter, all, outPath, ct)
                : await WriteFileAsync(exporter, request.Value, outPath, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"export: cannot write {outPath}: {e.Message}");
            return ExitCodes.CannotCreateOutput;
        }
    }

    private static async Task<int> WriteFileAsync(ExportService exporter, ExportRequest request, string path, CancellationToken ct)
    {
        var check = ExportService.Check(request);
        if (check is not null) return Report([check], ExitCodes.Usage);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".partial";
        Result<ExportSummary> written;
        await using (var file = File.Create(temp)) written = await exporter.WriteAsync(request, file, ct);
        if (!written.IsSuccess)
        {
            File.Delete(temp);
            return Report(written.Errors, ExitCodes.BadInput);
        }

        File.Move(temp, path, overwrite: true);
        Summarise(path, written.Value);
        return ExitCodes.Ok;
    }

    private static async Task<int> WriteFolderAsync(ExportService exporter, ExportRequest request, string folder, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var snapshot = await exporter.LoadAsync(request.Filter ?? new ExportFilter(), ct);
        foreach (var kind in Enum.GetValues<ExportKind>())
        {
            var path = Path.Combine(folder, kind.ToSlug() + ".csv");
            await using var file = File.Create(path);
            var written = await exporter.WriteAsync(request with { Kind = kind }, snapshot, file, ct);
            if (!written.IsSuccess) return Report(written.Errors, ExitCodes.BadInput);
            Summarise(path, written.Value);
        }

        return ExitCodes.Ok;
    }

    private static void Summarise(string path, ExportSummary summary)
    {
        Console.Error.WriteLine($"{path}: " + string.Join(", ", summary.Counts.Select(c => $"{c.Value} {c.Key}")));
        foreach (var skipped in summary.Skipped) Console.Error.WriteLine($"  skipped {skipped.Id}: {skipped.Reason}");
    }

    internal static int Report(IEnumerable<Error> errors, int exitCode)
    {
        foreach (var e in errors) Console.Error.WriteLine($"error: {e.Field}: {e.Message} ({e.Code})");
        return exitCode;
    }
}

/// <summary>Opens the database named by --db / --postgres, brought to the current schema, with the follow-up services.</summary>
internal static class CliStore
{
    public static async Task<ServiceProvider?> OpenAsync(ParseResult parse, FollowUpOptions options, CancellationToken ct)
    {
        var sqlite = parse.GetValue(DatabaseOptions.Sqlite);
        var storage = StorageOptions.From(sqlite, parse.GetValue(DatabaseOptions.Postgres));
        if (storage.SqlitePath is { } file && !File.Exists(file))
        {
            Console.Error.WriteLine($"no database at {file}: run `concordia db migrate` or `concordia serve` first, or pass --db");
            return null;
        }

        var services = new ServiceCollection()
            .AddLogging(l => l.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning))
            .AddSingleton(TimeProvider.System)
            .AddConcordiaStorage(storage)
            .AddConcordiaFollowUp(options)
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDatabaseInitializer>().InitializeAsync(ct);
        return services;
    }
}
