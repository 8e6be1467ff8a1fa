using System.CommandLine;

namespace Concordia.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<FileSystemInfo[]>("PATH") { Description = "Files or folders to extract", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder for the JSON records", Required = true };
        var command = new Command("extract", "Extract facts from documents without a database (writes one JSON file per input)") { paths, outDir };
        command.SetAction((parse, _) =>
        {
            Console.Error.WriteLine("extract: not implemented yet");
            return Task.FromResult(70);
        });
        return command;
    }
}
