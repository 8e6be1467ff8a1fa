using System.CommandLine;
using Concordia.Cli.Commands;

var root = new RootCommand("Concordia: the system of record for intergovernmental cooperation mechanisms.");
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(DbCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(CommitmentsCommand.Create());

return await root.Parse(args).InvokeAsync();
