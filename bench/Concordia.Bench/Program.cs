using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Concordia.Bench;

// Whole extraction (decode → facts) over a corpus made by repeating the sample corpus, then wink-nlp on the same file.
// Usage: Concordia.Bench SAMPLE_DIR OUT_DIR [MEGABYTES] [WINK_SCRIPT]
// Probes: --stages DIR, --alloc DIR, --regex DIR, --loop DIR [ROUNDS] [BATCH] (BATCH passes over the sample per batch).
if (args.Length > 0 && args[0] == "--regex")
{
    RegexProbe.Run(args.Length > 1 ? args[1] : "data/sample-corpus");
    return 0;
}
if (args.Length > 0 && args[0] == "--loop")
{
    StageProfile.Loop(args.Length > 1 ? args[1] : "data/sample-corpus", args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000,
        args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1);
    return 0;
}
if (args.Length > 0 && args[0] == "--alloc")
{
    StageProfile.Allocations(args.Length > 1 ? args[1] : "data/sample-corpus");
    return 0;
}
if (args.Length > 0 && args[0] == "--stages")
{
    StageProfile.Run(args.Length > 1 ? args[1] : "data/sample-corpus", 300);
    return 0;
}
var sampleDir = args.Length > 0 ? args[0] : "data/sample-corpus";
var outDir = args.Length > 1 ? args[1] : "bench/out";
var megabytes = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
var winkScript = args.Length > 3 ? args[3] : null;

Directory.CreateDirectory(outDir);
var corpus = Path.Combine(outDir, $"corpus-{megabytes}mb.txt");
var docs = CorpusFile.Write(sampleDir, corpus, megabytes * 1_000_000L);
Console.WriteLine($"corpus: {corpus} ({new FileInfo(corpus).Length / 1e6:F1} MB, {docs} documents)");

var ours = ExtractionRun.Run(corpus);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"concordia: {ours.Megabytes:F1} MB in {ours.Seconds:F2} s CPU ({ours.WallSeconds:F2} s wall) = {ours.MegabytesPerSecond:F2} MB/s, {ours.TokensPerSecond / 1000:F0} k tokens/s, " +
    $"{ours.Facts} facts, peak working set {ours.PeakWorkingSetMb:F0} MB (after 10% {ours.WorkingSetAtTenthMb:F0} MB); " +
    $"start-up and warm-up before it (rules, JIT, 50 documents) {ours.WarmSeconds:F2} s CPU, {ours.Megabytes / (ours.Seconds + ours.WarmSeconds):F2} MB/s counting it"));

if (winkScript is null) return 0;
var wink = Process.Start(new ProcessStartInfo("node", [winkScript, corpus]) { RedirectStandardOutput = true })!;
var line = await wink.StandardOutput.ReadToEndAsync();
await wink.WaitForExitAsync();
using var json = JsonDocument.Parse(line);
var w = json.RootElement;
var winkMbps = w.GetProperty("mbPerSecond").GetDouble();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"wink-nlp: {w.GetProperty("mb").GetDouble():F1} MB in {w.GetProperty("seconds").GetDouble():F2} s CPU ({w.GetProperty("wallSeconds").GetDouble():F2} s wall) = {winkMbps:F2} MB/s, " +
    $"{w.GetProperty("tokensPerSecond").GetDouble() / 1000:F0} k tokens/s, {w.GetProperty("entities").GetInt64()} entities, peak RSS {w.GetProperty("peakRssMb").GetDouble():F0} MB"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio: concordia / wink-nlp = {ours.MegabytesPerSecond / winkMbps:F1}x"));
return 0;
