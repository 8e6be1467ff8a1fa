namespace Concordia.Cli.Commands;

internal static class InputFiles
{
    /// <summary>Files named, and every file under folders named, in a stable order; a missing path comes back as a file that fails to read.</summary>
    public static IEnumerable<FileInfo> Walk(IEnumerable<FileSystemInfo> inputs)
    {
        foreach (var input in inputs)
        {
            if (input is DirectoryInfo dir && dir.Exists)
            {
                foreach (var f in dir.EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
                    yield return f;
            }
            else yield return new FileInfo(input.FullName);
        }
    }
}
