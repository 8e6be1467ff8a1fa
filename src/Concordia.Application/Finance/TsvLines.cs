namespace Concordia.Application.Finance;

/// <summary>Reads the editable tab-separated tables: '#' lines are comments, the first other line is the header.</summary>
internal static class TsvLines
{
    /// <summary>Yields (line number, fields) for every data row.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader)
    {
        var number = 0;
        var headerSeen = false;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }

            yield return (number, line.Split('\t').Select(f => f.Trim()).ToArray());
        }
    }

    public static TextReader OpenEmbedded(string name)
    {
        var stream = typeof(TsvLines).Assembly.GetManifestResourceStream(name)
                     ?? throw new InvalidOperationException($"Resource {name} is missing from the build");
        return new StreamReader(stream);
    }
}
