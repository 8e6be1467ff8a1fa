using System.Diagnostics;
using System.Globalization;
using Concordia.Text.Assembly;
using Concordia.Text.Languages;
using Concordia.Text.Normalisation;
using Concordia.Text.Recognition;

namespace Concordia.Bench;

/// <summary>Time per stage over the sample documents (run with "--stages"), to see where extraction time goes.</summary>
internal static class StageProfile
{
    public static void Run(string sampleDir, int rounds)
    {
        var texts = Directory.GetFiles(sampleDir).Select(File.ReadAllText).ToArray();
        Console.WriteLine($"input {texts.Sum(t => t.Length) * (long)rounds / 1e6:F0} M chars");
        var times = new Dictionary<string, Stopwatch>();
        var bytes = new Dictionary<string, long>();
        for (var r = 0; r < rounds; r++)
            foreach (var text in texts)
            {
                var norm = Time(times, bytes, "normalise", () => Normaliser.Normalise(text));
                var lang = Time(times, bytes, "language", () => LanguageDetector.Detect(norm.Text));
                var ts = Time(times, bytes, "tokens", () => TokenStream.Create(norm.Text));
                Time(times, bytes, "sentences", () => Sentences.Split(norm.Text));
                Time(times, bytes, "dates", () => DateRecogniser.Find(norm.Text, lang));
                Time(times, bytes, "money", () => MoneyRecogniser.Find(norm.Text, lang));
                Time(times, bytes, "ordinals", () => OrdinalRecogniser.Find(norm.Text, lang));
                Time(times, bytes, "phrases", () => (Phrases.Countries(ts), Phrases.Cities(ts), Phrases.Mechanisms(ts), Phrases.Kinds(ts), Phrases.Titles(ts, lang), Phrases.Cues(ts)));
                var a = Time(times, bytes, "analysis(all)", () => new Analysis(norm, lang));
                Time(times, bytes, "published", () => PublishedResolver.Resolve(a));
                var mentions = Time(times, bytes, "people", () => new PersonRecogniser(a.Tokens, a.Titles, a.Countries, a.Mechanisms.Concat(a.Cities).Concat(a.Kinds)).FindAll());
                var people = PeopleAssembler.Assemble(a, mentions);
                Time(times, bytes, "meetings", () => new MeetingAssembler(a, mentions, people).Assemble());
                Time(times, bytes, "commitments", () => new CommitmentAssembler(a, null).Assemble());
            }
        foreach (var (k, v) in times.OrderByDescending(x => x.Value.Elapsed))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{k,-14} {v.Elapsed.TotalMilliseconds,8:F0} ms {bytes[k] / 1e6,8:F0} MB allocated"));
    }

    private static T Time<T>(Dictionary<string, Stopwatch> times, Dictionary<string, long> bytes, string name, Func<T> f)
    {
        if (!times.TryGetValue(name, out var sw)) times[name] = sw = new Stopwatch();
        var before = GC.GetAllocatedBytesForCurrentThread();
        sw.Start();
        var r = f();
        sw.Stop();
        bytes[name] = bytes.GetValueOrDefault(name) + GC.GetAllocatedBytesForCurrentThread() - before;
        return r;
    }
}
