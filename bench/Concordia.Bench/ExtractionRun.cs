using System.Diagnostics;
using Concordia.Text;

namespace Concordia.Bench;

/// <summary>Figures of one run; <see cref="Seconds"/> is CPU time, so other load on the machine does not distort it.</summary>
/// <see cref="WarmSeconds"/> is the CPU time of loading the rules and extracting the first 50 documents (JIT compilation
/// included), which <see cref="Seconds"/> leaves out.
internal sealed record RunFigures(double Megabytes, double Seconds, double WallSeconds, long Tokens, long Facts, double PeakWorkingSetMb, double WorkingSetAtTenthMb,
    double WarmSeconds)
{
    public double MegabytesPerSecond => Megabytes / Seconds;
    public double TokensPerSecond => Tokens / Seconds;
}

/// <summary>Streams the corpus in batches of documents (<see cref="ExtractionPipeline.Batches{T}"/>) through <see cref="ExtractionPipeline.ExtractMany(IReadOnlyList{ValueTuple{byte[], string}}, ExtractionOptions?)"/>, as <c>concordia extract</c> does.</summary>
internal static class ExtractionRun
{
    public static RunFigures Run(string corpus)
    {
        var started = Process.GetCurrentProcess().TotalProcessorTime;
        Warm(corpus);
        var warm = (Process.GetCurrentProcess().TotalProcessorTime - started).TotalSeconds;
        var tokens = Documents(corpus).Sum(CountTokens);
        var total = new FileInfo(corpus).Length;
        long bytes = 0, facts = 0;
        double tenth = 0;
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var batch in ExtractionPipeline.Batches(Documents(corpus), d => d.Length))
        {
            foreach (var r in ExtractionPipeline.ExtractMany([.. batch.Select(d => (d, "doc.txt"))]))
                facts += r.Value.Meetings.Count + r.Value.People.Count + r.Value.Commitments.Count + r.Value.Amounts.Count;
            bytes += batch.Sum(d => d.Length + 1L);
            if (tenth == 0 && bytes > total / 10) tenth = Process.GetCurrentProcess().WorkingSet64 / 1e6;
        }
        clock.Stop();
        process.Refresh();
        var seconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        return new RunFigures(bytes / 1e6, seconds, clock.Elapsed.TotalSeconds, tokens, facts, process.PeakWorkingSet64 / 1e6, tenth, warm);
    }

    private static void Warm(string corpus)
    {
        ExtractionPipeline.ExtractMany([.. Documents(corpus).Take(50).Select(d => (d, "warm.txt"))]);
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

    /// <summary>The corpus document by document (form-feed separated), read in 1 MB blocks: memory does not grow with the file.</summary>
    private static IEnumerable<byte[]> Documents(string corpus)
    {
        using var stream = File.OpenRead(corpus);
        var block = new byte[1 << 20];
        var pending = new MemoryStream();
        int n;
        while ((n = stream.Read(block, 0, block.Length)) > 0)
        {
            var from = 0;
            for (var at = Array.IndexOf(block, (byte)0x0C, 0, n); at >= 0; at = Array.IndexOf(block, (byte)0x0C, from, n - from))
            {
                pending.Write(block, from, at - from);
                yield return pending.ToArray();
                pending.SetLength(0);
                from = at + 1;
            }
            pending.Write(block, from, n - from);
        }
        if (pending.Length > 0) yield return pending.ToArray();
    }
}
