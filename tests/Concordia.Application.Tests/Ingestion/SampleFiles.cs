using System.Text;

namespace Concordia.Application.Tests.Ingestion;

/// <summary>The shipped sample corpus (copied next to the tests by the build) and variations of it.</summary>
public static class SampleFiles
{
    public static string Folder => Application.Ingestion.SampleCorpus.DefaultFolder;

    public static IReadOnlyList<(string Name, byte[] Bytes)> All() =>
        Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();

    /// <summary>Distinct documents made from the sample: each copy has a numbered line of its own, so its hash differs.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Copies(int count) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var (name, bytes) = All()[i % All().Count];
            return ($"{i:D3}-{name}", Encoding.UTF8.GetBytes($"Bulletin {i}.\n" + Encoding.UTF8.GetString(bytes)));
        }).ToList();
}
