namespace Concordia.Bench;

/// <summary>Writes the benchmark corpus: the sample documents repeated until the size is reached, separated by form feeds.</summary>
internal static class CorpusFile
{
    public static int Write(string sampleDir, string path, long size)
    {
        var samples = Directory.GetFiles(sampleDir).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        if (samples.Length == 0) throw new InvalidOperationException($"no sample documents in {sampleDir}");
        if (File.Exists(path) && new FileInfo(path).Length >= size) return (int)(new FileInfo(path).Length / (samples.Sum(s => s.Length + 1L) / samples.Length));
        using var stream = File.Create(path);
        var written = 0L;
        var docs = 0;
        while (written < size)
        {
            var s = samples[docs % samples.Length];
            stream.Write(s);
            stream.WriteByte(0x0C);
            written += s.Length + 1;
            docs++;
        }
        return docs;
    }
}
