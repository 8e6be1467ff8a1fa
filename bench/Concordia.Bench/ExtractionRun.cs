using System.Diagnostics;
using Concordia.Text;

namespace Concordia.Bench;

internal sealed record RunFigures(double Megabytes, double Seconds, long Tokens, long Facts, double PeakWorkingSetMb, double WorkingSetAtTenthMb)
{
    public double MegabytesPerSecond => Megabytes / Seconds;
    public double TokensPerSecond => Tokens / Seconds;
}

/// <summary>Streams the corpus document by document through <see cref="ExtractionPipeline.Extract(byte[], string, ExtractionOptions?)"/>.</summary>
internal static class ExtractionRun
{
    public static RunFigures Run(string corpus)
    {
        Warm(corpus);
        var total = new FileInfo(corpus).Length;
        long bytes = 0, tokens = 0, facts = 0;
        double tenth = 0;
        var clock = Stopwatch.StartNew();
        foreach (var doc in Documents(corpus))
        {
            var r = ExtractionPipeline.Extract(doc, "doc.txt").Value;
            facts += r.Meetings.Count + r.People.Count + r.Commitments.Count + r.Amounts.Count;
            bytes += doc.Length + 1;
            tokens += CountTokens(doc);
            if (tenth == 0 && bytes > total / 10) tenth = Process.GetCurrentProcess().WorkingSet64 / 1e6;
        }
        clock.Stop();
        return new RunFigures(bytes / 1e6, clock.Elapsed.TotalSeconds, tokens, facts, Process.GetCurrentProcess().PeakWorkingSet64 / 1e6, tenth);
    }

    private static void Warm(string corpus)
    {
        foreach (var doc in Documents(corpus).Take(50)) ExtractionPipeline.Extract(doc, "warm.txt");
    }

    /// <summary>Whitespace-separated words, the unit wink-nlp's token count is closest to.</summary>
    private static long CountTokens(byte[] doc)
    {
        long n = 0;
        var inWord = false;
        foreach (var b in doc)
        {
            var space = b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t';
            if (!space && !inWord) n++;
            inWord = !space;
        }
        return n;
    }

    private static IEnumerable<byte[]> Documents(string corpus)
    {
        using var stream = new BufferedStream(File.OpenRead(corpus), 1 << 16);
        var buffer = new MemoryStream();
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            if (b == 0x0C)
            {
                yield return buffer.ToArray();
                buffer.SetLength(0);
            }
            else buffer.WriteByte((byte)b);
        }
        if (buffer.Length > 0) yield return buffer.ToArray();
    }
}
