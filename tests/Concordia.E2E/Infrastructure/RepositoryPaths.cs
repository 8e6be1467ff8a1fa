namespace Concordia.E2E.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder above the test binaries holding Concordia.slnx.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Where each page's screenshot is kept: artifacts/screenshots under the repository root.</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(Root, "artifacts", "screenshots")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Concordia.slnx"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
