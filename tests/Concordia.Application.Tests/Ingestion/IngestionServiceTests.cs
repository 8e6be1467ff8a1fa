using System.Text;
using Concordia.Application.Abstractions;
using Concordia.Application.Ingestion;
using Concordia.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Application.Tests.Ingestion;

public sealed class IngestionServiceTests
{
    private static async Task<List<IngestOutcome>> IngestAsync(SqliteHost host, IEnumerable<(string Name, byte[] Bytes)> files, CancellationToken ct = default)
    {
        await using var scope = host.Scope();
        var ingestion = scope.ServiceProvider.GetRequiredService<IngestionService>();
        var outcomes = new List<IngestOutcome>();
        foreach (var (name, bytes) in files) outcomes.Add(await ingestion.IngestAsync(name, bytes, ct));
        return outcomes;
    }

    /// <summary>Everything ingestion wrote, without the ids and times that differ between runs.</summary>
    private static Task<string> FingerprintAsync(SqliteHost host) => host.DbAsync(async db =>
    {
        var documents = await db.Documents.AsNoTracking().ToListAsync();
        var hashes = documents.ToDictionary(d => d.Id, d => d.ContentHash);
        var facts = await db.Facts.AsNoTracking().ToListAsync();
        var lines = documents.Select(d => $"D {d.ContentHash} {d.Language} {d.Origin} {d.Title} {d.Published} dup={(d.DuplicateOfId is { } o ? hashes[o] : "-")}")
            .Concat(facts.Select(f => $"F {hashes[f.DocumentId]} {f.Kind} {f.Span} {f.State} {f.Confidence} {f.Payload} {string.Join(',', f.RuleIds)}"))
            .Concat([$"S {await db.Documents.CountAsync()} {await ((DbContext)db).Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM \"SearchEntries\"").SingleAsync()}"]);
        return string.Join('\n', lines.Order(StringComparer.Ordinal));
    });

    [Fact]
    public async Task Ingest_SameFilesTwice_StoresNothingNew()
    {
        await using var host = await SqliteHost.StartAsync();
        var first = await IngestAsync(host, SampleFiles.All());
        var before = await FingerprintAsync(host);

        var second = await IngestAsync(host, SampleFiles.All());

        Assert.All(first, o => Assert.Equal(IngestStatus.Stored, o.Status));
        Assert.All(second, o => Assert.Equal(IngestStatus.AlreadyStored, o.Status));
        Assert.Equal(first.Select(o => o.DocumentId), second.Select(o => o.DocumentId));
        Assert.Equal(before, await FingerprintAsync(host));
    }

    [Fact]
    public async Task Ingest_Sample_StoresFactsPendingReviewWithSpansIntoTheText()
    {
        await using var host = await SqliteHost.StartAsync();

        var outcomes = await IngestAsync(host, SampleFiles.All());
        var (facts, documents) = await host.DbAsync(async db => (await db.Facts.AsNoTracking().ToListAsync(), await db.Documents.AsNoTracking().ToListAsync()));

        Assert.Equal(outcomes.Sum(o => o.Facts), facts.Count);
        Assert.All(facts, f => Assert.Equal(ReviewState.Pending, f.State));
        Assert.All(facts, f => Assert.True(documents.Single(d => d.Id == f.DocumentId).Quote(f.Span).IsSuccess));
        Assert.Contains(facts, f => f.Kind == FactKind.Meeting && f.Payload.Contains("\"mechanism\":\"mekong-japan\"", StringComparison.Ordinal));
        Assert.Equal(["en", "en", "vi", "en", "en"], outcomes.Select(o => o.Language));
    }

    [Theory]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 }, "decode.binary")]
    [InlineData(new byte[0], "value.required")]
    public async Task Ingest_BadFileAmidGoodOnes_ReportsItAndStoresTheOthers(byte[] bad, string code)
    {
        await using var host = await SqliteHost.StartAsync();
        var files = SampleFiles.All().Take(2).Append(("broken.txt", bad)).Concat(SampleFiles.All().Skip(2)).ToList();

        var outcomes = await IngestAsync(host, files);

        var failed = Assert.Single(outcomes, o => o.Status == IngestStatus.Failed);
        Assert.Equal("broken.txt", failed.Name);
        Assert.Equal(code, failed.Error!.Code);
        Assert.Equal(5, outcomes.Count(o => o.Status == IngestStatus.Stored));
        Assert.Equal(5, await host.DbAsync(db => db.Documents.CountAsync()));
    }

    [Fact]
    public async Task Ingest_SameStoryWithAnotherHeadline_FlagsTheDocumentItRepeats()
    {
        await using var host = await SqliteHost.StartAsync();
        var (name, bytes) = SampleFiles.All()[0];
        var repeat = Encoding.UTF8.GetBytes("Republished from the news agency\n" + Encoding.UTF8.GetString(bytes));

        var outcomes = await IngestAsync(host, [(name, bytes), ("other.txt", SampleFiles.All()[2].Bytes), ("repeat.txt", repeat)]);

        Assert.Null(outcomes[1].DuplicateOfId);
        Assert.Equal(outcomes[0].DocumentId, outcomes[2].DuplicateOfId);
        var stored = await host.DbAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.Id == outcomes[2].DocumentId));
        Assert.Equal(outcomes[0].DocumentId, stored.DuplicateOfId);
    }

    [Fact]
    public async Task Ingest_IntoADatabaseWithoutSignatures_BackfillsThemAndStillFlagsTheRepeat()
    {
        await using var host = await SqliteHost.StartAsync();
        var (name, bytes) = SampleFiles.All()[0];
        var first = (await IngestAsync(host, [(name, bytes)]))[0];
        var storedSignature = await host.DbAsync(db => db.Documents.AsNoTracking().Where(d => d.Id == first.DocumentId).Select(d => d.Signature).SingleAsync());
        await host.DbAsync(db => db.Documents.ExecuteUpdateAsync(u => u.SetProperty(d => d.Signature, (byte[]?)null)));

        var repeat = await IngestAsync(host, [("repeat.txt", Encoding.UTF8.GetBytes("Republished\n" + Encoding.UTF8.GetString(bytes)))]);

        Assert.Equal(512, storedSignature!.Length);
        Assert.Equal(first.DocumentId, repeat[0].DuplicateOfId);
        Assert.Equal(storedSignature, await host.DbAsync(db => db.Documents.AsNoTracking().Where(d => d.Id == first.DocumentId).Select(d => d.Signature).SingleAsync()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    [InlineData(80)]
    [InlineData(300)]
    public async Task Ingest_InterruptedThenRunAgain_EndsLikeOneUninterruptedRun(int cancelAfterMs)
    {
        var files = SampleFiles.Copies(12);
        await using var whole = await SqliteHost.StartAsync();
        await IngestAsync(whole, files);
        await using var interrupted = await SqliteHost.StartAsync();

        using (var cts = new CancellationTokenSource(cancelAfterMs))
        {
            try
            {
                await IngestAsync(interrupted, files, cts.Token);
            }
            catch (OperationCanceledException)
            {
                // Cancelled wherever it was: between documents, or in the middle of a document's save.
            }
        }

        var partial = await interrupted.DbAsync(db => db.Documents.CountAsync());
        var rerun = await IngestAsync(interrupted, files);

        Assert.InRange(partial, 0, files.Count);
        Assert.Equal(partial, rerun.Count(o => o.Status == IngestStatus.AlreadyStored));
        Assert.Equal(await FingerprintAsync(whole), await FingerprintAsync(interrupted));
        Assert.Equal(0, await interrupted.DbAsync(db => db.Facts.CountAsync(f => !db.Documents.Any(d => d.Id == f.DocumentId))));
    }
}
