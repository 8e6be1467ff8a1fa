using System.Diagnostics;
using System.Text.Json;

namespace Concordia.Web.Tests.Ingestion;

/// <summary>`concordia extract` as a real child process: one record per input, none lost to a shared name or a bad file.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private const string English = "HANOI, July 10, 2025 - The 16th Mekong-Japan Foreign Ministers' Meeting was held in Kuala Lumpur.";
    private const string Vietnamese = "Ngày 10/7/2025, Hội nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản lần thứ 16 diễn ra tại Kuala Lumpur.";

    private readonly string _folder = Directory.CreateTempSubdirectory("concordia-extract-cli-").FullName;

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int Code, string Error)> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "concordia.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        await output;
        return (p.ExitCode, await error);
    }

    private static string Language(string jsonFile) =>
        JsonDocument.Parse(File.ReadAllText(jsonFile)).RootElement.GetProperty("language").GetString()!;

    [Fact]
    public async Task Extract_SameFileNameInTwoFolders_WritesBothRecordsAndSaysSo()
    {
        var english = Write("en/report.txt", English);
        var vietnamese = Write("vi/report.txt", Vietnamese);
        var output = Path.Combine(_folder, "out");

        var (code, error) = await RunAsync("extract", english, vietnamese, "--out", output);

        Assert.Equal(0, code);
        Assert.Equal("en", Language(Path.Combine(output, "report.json")));
        Assert.Equal("vi", Language(Path.Combine(output, "report-2.json")));
        Assert.Contains("written as report-2.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_FolderWithOneBinaryFile_ReportsItAndWritesTheRest()
    {
        Write("corpus/a.txt", English);
        Write("corpus/b.txt", Vietnamese);
        File.WriteAllBytes(Path.Combine(_folder, "corpus", "broken.txt"), [0x00, 0x01, 0xFF, 0x00, 0x02, 0x00, 0x00, 0x03]);
        var output = Path.Combine(_folder, "out");

        var (code, error) = await RunAsync("extract", Path.Combine(_folder, "corpus"), "--out", output);

        Assert.Equal(1, code);
        Assert.Contains("broken.txt", error, StringComparison.Ordinal);
        Assert.Contains("2 written, 1 failed", error, StringComparison.Ordinal);
        Assert.Equal(["a.json", "b.json"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
