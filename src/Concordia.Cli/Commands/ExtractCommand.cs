using Concordia.Domain;
using System.CommandLine;
using System.Text.Json;
using Concordia.Text;
using Concordia.Text.Duplicates;
using Concordia.Text.Model;

namespace Concordia.Cli.Commands;

/// <summary>
/// <c>concordia extract PATH... --out DIR [--format eval|facts]</c>: one JSON file per input, no database.
/// Files are read and extracted a batch at a time (<see cref="ExtractionPipeline.Batches{T}"/>), so memory stays flat however many there are.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<FileSystemInfo[]>("PATH") { Description = "Files or folders to extract", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder for the JSON records", Required = true };
        var format = new Option<string>("--format") { Description = "eval (shared/eval/FORMAT.md) or facts (spans, rule ids, confidence)", DefaultValueFactory = _ => "eval" };
        format.AcceptOnlyFromAmong("eval", "facts");
        var command = new Command("extract", "Extract facts from documents without a database (writes one JSON file per input)") { paths, outDir, format };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(paths)!, parse.GetValue(outDir)!, parse.GetValue(format)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(FileSystemInfo[] inputs, DirectoryInfo outDir, string format, CancellationToken ct)
    {
        outDir.Create();
        var duplicates = new NearDuplicateIndex();
        var names = new OutputNames();
        int done = 0, failed = 0;
        // Files go through extraction in batches: faster than one by one, and memory is bounded by a batch.
        foreach (var batch in ExtractionPipeline.Batches(InputFiles.Walk(inputs), f => f.Exists ? f.Length : 0))
        {
            ct.ThrowIfCancellationRequested();
            var read = new List<(FileInfo File, byte[] Bytes)>(batch.Count);
            foreach (var file in batch)
            {
                try
                {
                    read.Add((file, await File.ReadAllBytesAsync(file.FullName, ct)));
                }
                catch (IOException e)
                {
                    await Console.Error.WriteLineAsync($"extract: {file.FullName}: cannot read ({e.Message})");
                    failed++;
                }
                catch (UnauthorizedAccessException e)
                {
                    await Console.Error.WriteLineAsync($"extract: {file.FullName}: access denied ({e.Message})");
                    failed++;
                }
            }
            Result<ExtractedDocument>[]? results = null;
            try
            {
                results = ExtractionPipeline.ExtractMany([.. read.Select(r => (r.Bytes, r.File.Name))]);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug shown by one file of the batch: the files are extracted one by one below, so only that file fails.
            }
            for (var i = 0; i < read.Count; i++)
            {
                var (file, bytes) = read[i];
                try
                {
                    var result = results?[i] ?? ExtractionPipeline.Extract(bytes, file.Name);
                    if (!result.IsSuccess)
                    {
                        await Console.Error.WriteLineAsync($"extract: {file.FullName}: {result.Error!.Message} ({result.Error.Code})");
                        failed++;
                        continue;
                    }
                    var doc = result.Value;
                    var (name, renamed) = names.For(file.Name);
                    if (renamed)
                        await Console.Error.WriteLineAsync($"extract: {file.FullName}: an earlier input of this run has the same name; written as {name}");
                    // A renamed input is known by its new name here too, so duplicate_of never names two files at once.
                    var duplicateOf = duplicates.Add(renamed ? Path.ChangeExtension(name, Path.GetExtension(file.Name)) : file.Name, doc.Text);
                    var json = format == "facts" ? FactsJson(doc, duplicateOf) : doc.ToEvalRecord();
                    await File.WriteAllTextAsync(Path.Combine(outDir.FullName, name), json, ct);
                    done++;
                }
                catch (IOException e)
                {
                    await Console.Error.WriteLineAsync($"extract: {file.FullName}: cannot write ({e.Message})");
                    failed++;
                }
                catch (UnauthorizedAccessException e)
                {
                    await Console.Error.WriteLineAsync($"extract: {file.FullName}: access denied ({e.Message})");
                    failed++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A bug in extraction must not stop the other files; it is reported with the file that showed it.
                    await Console.Error.WriteLineAsync($"extract: {file.FullName}: internal error, please report ({e.GetType().Name}: {e.Message})");
                    await Console.Error.WriteLineAsync(e.StackTrace);
                    failed++;
                }
            }
        }
        await Console.Error.WriteLineAsync($"extract: {done} written, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    private static string FactsJson(ExtractedDocument doc, string? duplicateOf) =>
        JsonSerializer.Serialize(new { document = doc, duplicate_of = duplicateOf }, FactJson.Options);
}
