using Concordia.Bench.Portal;

// Portal latency benchmark (issue 4, Speed): `fill` writes a synthetic registry into a SQLite file, `load` requests
// portal pages from a running `concordia serve` in this second process and prints p50 / p95 / p99 per page.
// bench/portal/run.sh runs both; see docs/benchmarks.md.
if (args.Length < 2 || args[0] is not ("fill" or "load"))
{
    Console.Error.WriteLine("usage: fill DB [--scale F] | load BASE_URL DB.urls.tsv [--concurrency N] [--seconds S]");
    return 2;
}

return args[0] == "fill"
    ? await SyntheticRegistry.FillAsync(args[1], Option(args, "--scale", 1.0))
    : await LoadRunner.RunAsync(args[1], args[2], (int)Option(args, "--concurrency", 8), Option(args, "--seconds", 30));

static double Option(string[] args, string name, double fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
