using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Concordia.Bench.Portal;

/// <summary>
/// Asks a running portal for pages from a list (kind TAB path), from N concurrent workers for a bounded time, after a
/// short warm-up, and prints latency percentiles per kind of page. Only loopback addresses are accepted.
/// </summary>
public static class LoadRunner
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(string baseUrl, string urlsPath, int concurrency, double seconds)
    {
        var baseUri = new Uri(baseUrl);
        if (!baseUri.IsLoopback) throw new ArgumentException($"{baseUrl} is not a loopback address", nameof(baseUrl));
        var targets = (await File.ReadAllLinesAsync(urlsPath)).Select(l => l.Split('\t')).Where(p => p.Length == 2)
            .GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.Select(p => p[1]).ToArray());
        var kinds = targets.Keys.Order(StringComparer.Ordinal).ToArray();

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseCookies = false })
        {
            BaseAddress = baseUri,
            Timeout = TimeSpan.FromSeconds(30),
        };
        await DriveAsync(client, targets, kinds, concurrency, WarmUp, null);
        var samples = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        var errors = new ConcurrentBag<string>();
        var wall = Stopwatch.StartNew();
        await DriveAsync(client, targets, kinds, concurrency, TimeSpan.FromSeconds(seconds), (kind, ms, error) =>
        {
            samples.GetOrAdd(kind, _ => []).Add(ms);
            if (error is not null) errors.Add(error);
        });
        Report(samples, errors, concurrency, wall.Elapsed);
        return errors.IsEmpty ? 0 : 1;
    }

    private static Task DriveAsync(HttpClient client, Dictionary<string, string[]> targets, string[] kinds, int concurrency, TimeSpan duration,
        Action<string, double, string?>? record)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            for (var i = worker; Stopwatch.GetTimestamp() < until; i++)
            {
                var kind = kinds[i % kinds.Length];
                var paths = targets[kind];
                var path = paths[random.Next(paths.Length)];
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                record?.Invoke(kind, ms, response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode} {path}");
            }
        })));
    }

    private static void Report(ConcurrentDictionary<string, ConcurrentBag<double>> samples, ConcurrentBag<string> errors, int concurrency, TimeSpan wall)
    {
        var total = samples.Values.Sum(s => s.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{concurrency} concurrent clients, {wall.TotalSeconds:F0} s, {total} requests, {total / wall.TotalSeconds:F0} req/s, {errors.Count} errors"));
        Console.WriteLine("| page | requests | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (kind, bag) in samples.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var sorted = bag.Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {sorted.Length} | {P(sorted, 0.50):F1} | {P(sorted, 0.95):F1} | {P(sorted, 0.99):F1} | {sorted[^1]:F1} |"));
        }

        foreach (var e in errors.Distinct().Take(10)) Console.Error.WriteLine("error: " + e);
    }

    private static double P(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
