using System.Diagnostics;
using System.Globalization;
using Concordia.Text;
using Concordia.Text.Assembly;
using Concordia.Text.Languages;
using Concordia.Text.Normalisation;
using Concordia.Text.Recognition;

namespace Concordia.Bench;

/// <summary>CPU time of each stage alone, over the sample documents ("--stages"), to see where extraction time goes.</summary>
internal static class StageProfile
{
    public static void Run(string sampleDir, int rounds)
    {
        var texts = Directory.GetFiles(sampleDir).Select(File.ReadAllText).ToArray();
        var chars = texts.Sum(t => t.Length) * (double)rounds;
        var norms = texts.Select(Normaliser.Normalise).ToArray();
        var langs = norms.Select(n => LanguageDetector.Detect(n.Text)).ToArray();
        var tokens = norms.Select(n => TokenStream.Create(n.Text)).ToArray();
        var analyses = norms.Select((n, i) => Analysis.Of(n, langs[i])).ToArray();
        var total = Time("whole pipeline", rounds, chars, () => { foreach (var t in texts) ExtractionPipeline.Extract(t, "x.txt"); });
        Time("normalise", rounds, chars, () => { foreach (var t in texts) Normaliser.Normalise(t); });
        Time("language", rounds, chars, () => { foreach (var n in norms) LanguageDetector.Detect(n.Text); });
        Time("tokens", rounds, chars, () => { foreach (var n in norms) TokenStream.Create(n.Text); });
        Time("sentences", rounds, chars, () => { foreach (var n in norms) Sentences.Split(n.Text); });
        Time("dates", rounds, chars, () => { for (var i = 0; i < norms.Length; i++) DateRecogniser.Find(norms[i].Text, langs[i], tokens[i]); });
        Time("money", rounds, chars, () => { for (var i = 0; i < norms.Length; i++) MoneyRecogniser.Find(norms[i].Text, langs[i]); });
        Time("ordinals", rounds, chars, () => { for (var i = 0; i < norms.Length; i++) OrdinalRecogniser.Find(norms[i].Text, langs[i], tokens[i]); });
        Time("phrases", rounds, chars, () =>
        {
            for (var i = 0; i < norms.Length; i++)
            {
                var ts = TokenStream.Create(norms[i].Text);
                _ = Phrases.FindAll(ts, langs[i]);
            }
        });
        Time("analysis (all recognisers)", rounds, chars, () => { for (var i = 0; i < norms.Length; i++) _ = Analysis.Of(norms[i], langs[i]); });
        Time("normalise, then analysis", rounds, chars, () =>
        {
            foreach (var t in texts)
            {
                var n = Normaliser.Normalise(t);
                _ = Analysis.Of(n, LanguageDetector.Detect(n.Text));
            }
        });
        Time("all stages, no facts", rounds, chars, () =>
        {
            foreach (var t in texts)
            {
                var n = Normaliser.Normalise(t);
                var a = Analysis.Of(n, LanguageDetector.Detect(n.Text.AsSpan(0, n.BodyLength)));
                a.DateContext = PublishedResolver.Resolve(a).Context;
                var mentions = new PersonRecogniser(a.Tokens, a.Titles, a.Countries, a.Mechanisms.Concat(a.Cities).Concat(a.Kinds)).FindAll();
                var people = PeopleAssembler.Assemble(a, mentions);
                var meetings = new MeetingAssembler(a, mentions, people).Assemble();
                var main = meetings.Find(m => m.Mechanism is not null)?.Mechanism
                    ?? a.Mechanisms.GroupBy(m => m.Value).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
                _ = new CommitmentAssembler(a, main).Assemble();
                _ = AmountAssembler.Assemble(a);
            }
        });
        Time("people", rounds, chars, () => { foreach (var a in analyses) PeopleAssembler.Assemble(a, new PersonRecogniser(a.Tokens, a.Titles, a.Countries, a.Mechanisms.Concat(a.Cities).Concat(a.Kinds)).FindAll()); });
        Time("meetings", rounds, chars, () =>
        {
            foreach (var a in analyses)
            {
                var mentions = new PersonRecogniser(a.Tokens, a.Titles, a.Countries, a.Mechanisms.Concat(a.Cities).Concat(a.Kinds)).FindAll();
                new MeetingAssembler(a, mentions, PeopleAssembler.Assemble(a, mentions)).Assemble();
            }
        });
        Time("commitments", rounds, chars, () => { foreach (var a in analyses) new CommitmentAssembler(a, null).Assemble(); });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(whole pipeline {chars / 1e6 / total:F1} M chars/s CPU)"));
    }

    /// <summary>Bytes allocated per character by each step of the pipeline, chained as <see cref="ExtractionPipeline"/> runs them ("--alloc").</summary>
    public static void Allocations(string sampleDir)
    {
        var texts = Directory.GetFiles(sampleDir).Select(File.ReadAllText).ToArray();
        double chars = texts.Sum(t => t.Length);
        var bytes = new Dictionary<string, long>();
        void Step(string name, Action step)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            step();
            bytes[name] = bytes.GetValueOrDefault(name) + GC.GetAllocatedBytesForCurrentThread() - before;
        }
        for (var round = 0; round < 2; round++)
        {
            foreach (var t in texts)
            {
                if (round == 1 && t == texts[0]) bytes.Clear(); // the first round also loads rules and compiles code
                NormalisedText n = null!;
                Analysis a = null!;
                List<PersonMention> mentions = null!;
                List<PersonDraft> people = null!;
                List<MeetingDraft> meetings = null!;
                Step("normalise", () => n = Normaliser.Normalise(t));
                Step("language + analysis", () => a = Analysis.Of(n, LanguageDetector.Detect(n.Text.AsSpan(0, n.BodyLength))));
                Step("published", () => a.DateContext = PublishedResolver.Resolve(a).Context);
                Step("person mentions", () => mentions = new PersonRecogniser(a.Tokens, a.Titles, a.Countries, a.Mechanisms.Concat(a.Cities).Concat(a.Kinds)).FindAll());
                Step("people", () => people = PeopleAssembler.Assemble(a, mentions));
                Step("meetings", () => meetings = new MeetingAssembler(a, mentions, people).Assemble());
                Step("commitments", () => new CommitmentAssembler(a, meetings.Find(m => m.Mechanism is not null)?.Mechanism).Assemble());
                Step("amounts", () => AmountAssembler.Assemble(a));
                Step("whole pipeline", () => ExtractionPipeline.Extract(t, "x.txt"));
            }
        }
        foreach (var (name, b) in bytes)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} {b / chars,6:F1} bytes/char"));
    }

    /// <summary>The whole pipeline over the sample documents, <paramref name="rounds"/> times, for a profiler to watch ("--loop").</summary>
    public static void Loop(string sampleDir, int rounds, int batch = 1)
    {
        var one = Directory.GetFiles(sampleDir).Select(File.ReadAllText).ToArray();
        // A round is <paramref name="batch"/> passes over the sample, extracted as batches of that many documents.
        var texts = Enumerable.Repeat(one, batch).SelectMany(t => t).Select((t, i) => new ExtractionInput(t, "x.txt")).ToArray();
        rounds = Math.Max(1, rounds / batch);
        var chars = texts.Sum(t => t.Text.Length) * (double)rounds;
        var batches = texts.Chunk(batch).ToArray();
        foreach (var b in batches) ExtractionPipeline.ExtractMany(b);
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
        var pause = GC.GetTotalPauseDuration();
        var (g0, g1, g2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        Time("whole pipeline", rounds, chars, () => { foreach (var b in batches) ExtractionPipeline.ExtractMany(b); });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GC: gen0 {GC.CollectionCount(0) - g0}, gen1 {GC.CollectionCount(1) - g1}, gen2 {GC.CollectionCount(2) - g2}, pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms; " +
            $"JIT up to the end of the first round {jit.TotalMilliseconds:F0} ms ({jitted} methods), during it {(System.Runtime.JitInfo.GetCompilationTime() - jit).TotalMilliseconds:F0} ms ({System.Runtime.JitInfo.GetCompiledMethodCount() - jitted} methods)"));
    }

    private static double Time(string name, int rounds, double chars, Action round)
    {
        round();
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var r = 0; r < rounds; r++) round();
        process.Refresh();
        var seconds = (process.TotalProcessorTime - before).TotalSeconds;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} {seconds * 1e9 / chars,7:F1} ns/char CPU {bytes / chars,6:F1} bytes/char"));
        return seconds;
    }
}
