namespace Concordia.Cli.Commands;

/// <summary>
/// The output file name of each input in one run: the input's name with <c>.json</c> in place of its extension
/// (what the evaluation expects). Two inputs that would share a name ("a/report.txt" and "b/report.txt", or
/// "report.txt" and "report.html") do not overwrite each other: the later one gets "report-2.json", and so on.
/// </summary>
internal sealed class OutputNames
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The name for <paramref name="inputName"/>, and whether it had to differ from the plain one.</summary>
    public (string Name, bool Renamed) For(string inputName)
    {
        var plain = Path.ChangeExtension(inputName, ".json");
        if (_used.Add(plain)) return (plain, false);
        var stem = Path.GetFileNameWithoutExtension(inputName);
        for (var n = 2; ; n++)
        {
            var name = $"{stem}-{n}.json";
            if (_used.Add(name)) return (name, true);
        }
    }
}
