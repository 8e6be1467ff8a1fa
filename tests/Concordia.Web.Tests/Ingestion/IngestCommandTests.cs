using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Concordia.Web.Tests.Ingestion;

/// <summary>`concordia ingest` as a real child process on real SQLite files: exit codes, idempotency, and kill -9 mid-run.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("concordia-ingest-cli-").FullName;

    private string Corpus(int copies)
    {
        var dir = Path.Combine(_folder, $"corpus-{copies}");
        Directory.CreateDirectory(dir);
        var samples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "sample-corpus"), "*.txt").Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < copies; i++)
            File.WriteAllText(Path.Combine(dir, $"{i:D3}.txt"), $"Bulletin {i}.\n" + File.ReadAllText(samples[i % samples.Count]), Encoding.UTF8);
        return dir;
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "concordia.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    private static async Task<(int Code, string Out)> RunAsync(params string[] args)
    {
        using var p = Start(args);
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (p.ExitCode, await output + await error);
    }

    private static async Task<long> CountAsync(string db, string table)
    {
        if (!File.Exists(db)) return 0;
        await using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT COUNT(*) FROM sqlite_master WHERE name = '{table}'";
        if ((long)(await cmd.ExecuteScalarAsync())! == 0) return 0;
        cmd.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>Documents, facts and index rows without ids: equal for equal databases.</summary>
    private static async Task<string> FingerprintAsync(string db)
    {
        await using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT 'D ' || d.ContentHash || ' ' || d.Origin || ' ' || COALESCE(o.ContentHash, '-') FROM Documents d LEFT JOIN Documents o ON o.Id = d.DuplicateOfId
            UNION ALL SELECT 'F ' || d.ContentHash || ' ' || f.Kind || ' ' || f.SpanStart || ' ' || f.State || ' ' || f.Payload FROM Facts f JOIN Documents d ON d.Id = f.DocumentId
            UNION ALL SELECT 'S ' || Kind || ' ' || Title FROM SearchEntries WHERE Kind = 'document'
            """;
        var lines = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join('\n', lines.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Ingest_KilledMidRunThenRunAgain_SameDatabaseAsOneUninterruptedRun()
    {
        var corpus = Corpus(60);
        var whole = Path.Combine(_folder, "whole.db");
        var killed = Path.Combine(_folder, "killed.db");
        Assert.Equal(0, (await RunAsync("ingest", corpus, "--db", whole)).Code);

        using (var child = Start("ingest", corpus, "--db", killed))
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (await CountAsync(killed, "Documents") < 5 && DateTime.UtcNow < deadline && !child.HasExited) await Task.Delay(20);
            Assert.False(child.HasExited, "the run ended before it could be interrupted");
            child.Kill(entireProcessTree: true); // SIGKILL: no clean-up runs.
            await child.WaitForExitAsync();
        }

        var partial = await CountAsync(killed, "Documents");
        var rerun = await RunAsync("ingest", corpus, "--db", killed);

        Assert.InRange(partial, 5, 59);
        Assert.Equal(0, rerun.Code);
        Assert.Equal(await FingerprintAsync(whole), await FingerprintAsync(killed));
    }

    [Fact]
    public async Task Ingest_BadFileAmidGood_ExitsOneAndSecondRunStoresNothingNew()
    {
        var corpus = Corpus(3);
        await File.WriteAllBytesAsync(Path.Combine(corpus, "image.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);
        var db = Path.Combine(_folder, "bad.db");

        var first = await RunAsync("ingest", corpus, "--db", db);
        var facts = await CountAsync(db, "Facts");
        var second = await RunAsync("ingest", corpus, "--db", db);

        Assert.Equal(1, first.Code);
        Assert.Contains("image.txt", first.Out, StringComparison.Ordinal);
        Assert.Contains("decode.binary", first.Out, StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync(db, "Documents"));
        Assert.Equal(1, second.Code);
        Assert.Contains("already stored", second.Out, StringComparison.Ordinal);
        Assert.Equal(facts, await CountAsync(db, "Facts"));
    }

    [Fact]
    public async Task Ingest_AllGood_ExitsZeroWithASummaryTable()
    {
        var (code, output) = await RunAsync("ingest", Corpus(2), "--db", Path.Combine(_folder, "good.db"));

        Assert.Equal(0, code);
        Assert.Contains("Ingest summary", output, StringComparison.Ordinal);
        Assert.Contains("stored", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
