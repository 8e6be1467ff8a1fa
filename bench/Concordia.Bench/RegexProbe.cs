using System.Diagnostics;
using System.Globalization;
using Concordia.Text.Lexicons;
using Concordia.Text.Normalisation;

namespace Concordia.Bench;

/// <summary>Time of each rule family, one regex per rule against the combined group ("--regex").</summary>
internal static class RegexProbe
{
    public static void Run(string sampleDir)
    {
        var texts = Directory.GetFiles(sampleDir).Select(f => Normaliser.Normalise(File.ReadAllText(f)).Text).ToArray();
        foreach (var family in new[] { "dates", "money", "ordinals", "commitments" })
        {
            var group = RuleSet.Instance.Group(family, "en");
            foreach (var t in texts)
            {
                foreach (var rule in group.Rules) rule.Regex.Matches(t).Count.ToString(CultureInfo.InvariantCulture);
                group.Regex.Matches(t).Count.ToString(CultureInfo.InvariantCulture);
            }
            var sep = Stopwatch.StartNew();
            for (var r = 0; r < 100; r++)
                foreach (var t in texts)
                    foreach (var rule in group.Rules)
                        for (var m = rule.Regex.Match(t); m.Success; m = m.NextMatch()) { }
            sep.Stop();
            var comb = Stopwatch.StartNew();
            for (var r = 0; r < 100; r++)
                foreach (var t in texts)
                    for (var m = group.Regex.Match(t); m.Success; m = m.NextMatch()) { }
            comb.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{family,-12} separate {sep.ElapsedMilliseconds,6} ms  combined {comb.ElapsedMilliseconds,6} ms"));
            foreach (var rule in group.Rules)
            {
                var one = Stopwatch.StartNew();
                for (var r = 0; r < 100; r++)
                    foreach (var t in texts)
                        for (var m = rule.Regex.Match(t); m.Success; m = m.NextMatch()) { }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {rule.Id,-45} {one.ElapsedMilliseconds,6} ms"));
            }
        }
    }
}
