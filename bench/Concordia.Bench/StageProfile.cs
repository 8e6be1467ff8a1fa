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
        var times = new Dictionary<string, Stopwatch>();
        for (var r = 0; r < rounds; r++)
            foreach (var text in texts)
            {
                var norm = Time(times, "normalise", () => Normaliser.Normalise(text));
                var lang = Time(times, "language", () => LanguageDetector.Detect(norm.Text));
                var ts = Time(times, "tokens", () => TokenStream.Create(norm.Text));
                Time(times, "sentences", () => Sentences.Split(norm.Text));
                Time(times, "dates", () => DateRecogniser.Find(norm.Text, lang));
                Time(times, "money", () => MoneyRecogniser.Find(norm.Text, lang));
                Time(times, "ordinals", () => OrdinalRecogniser.Find(norm.Text, lang));
                Time(times, "phrases", () => (Phrases.Countries(ts), Phrases.Cities(ts), Phrases.Mechanisms(ts), Phrases.Kinds(ts), Phrases.Titles(ts, lang), Phrases.Cues(ts)));
                var a = Time(times, "analysis(all)", () => new Analysis(norm, lang));
                Time(times, "published", () => PublishedResolver.Resolve(a));
                var mentions = Time(times, "people", () => new PersonRecogniser(a.Tokens, a.Titles, a.Countries, a.Mechanisms.Concat(a.Cities).Concat(a.Kinds)).FindAll());
                var people = PeopleAssembler.Assemble(a, mentions);
                Time(times, "meetings", () => new MeetingAssembler(a, mentions, people).Assemble());
                Time(times, "commitments", () => new CommitmentAssembler(a, null).Assemble());
            }
        foreach (var (k, v) in times.OrderByDescending(x => x.Value.Elapsed))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{k,-14} {v.Elapsed.TotalMilliseconds,8:F0} ms"));
    }

    private static T Time<T>(Dictionary<string, Stopwatch> times, string name, Func<T> f)
    {
        if (!times.TryGetValue(name, out var sw)) times[name] = sw = new Stopwatch();
        sw.Start();
        var r = f();
        sw.Stop();
        return r;
    }
}
