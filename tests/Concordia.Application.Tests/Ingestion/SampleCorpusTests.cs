using Concordia.Application.Ingestion;
using Concordia.Domain.Documents;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Application.Tests.Ingestion;

public sealed class SampleCorpusTests
{
    private static Task<SampleLoadReport?> LoadAsync(SqliteHost host, string? folder = null) =>
        host.InScopeAsync(sp => sp.GetRequiredService<SampleCorpus>().LoadIfNewAsync(folder ?? SampleFiles.Folder));

    [Fact]
    public async Task LoadIfNew_NewDatabase_ShowsALivingRegistryReviewedBySampleCorpus()
    {
        await using var host = await SqliteHost.StartAsync();

        var report = await LoadAsync(host);

        Assert.Equal(5, report!.Stored);
        Assert.True(report.Accepted > 0);
        var (meetings, people, commitments, decisions) = await host.DbAsync(async db => (
            await db.Meetings.CountAsync(), await db.People.AsNoTracking().ToListAsync(), await db.Commitments.CountAsync(),
            (await db.Facts.AsNoTracking().Where(f => f.State != ReviewState.Pending).ToListAsync()).SelectMany(f => f.Decisions).ToList()));
        Assert.True(meetings >= 3, $"{meetings} meetings");
        Assert.True(commitments >= 3, $"{commitments} commitments");
        Assert.Single(people, p => p.NameKey == PersonName.Key("Bui Thanh Son"));
        Assert.All(decisions, d => Assert.Equal(SampleCorpus.Reviewer, d.Reviewer));
    }

    [Fact]
    public async Task LoadIfNew_SecondStart_ChangesNothing()
    {
        await using var host = await SqliteHost.StartAsync();
        await LoadAsync(host);
        var before = await host.DbAsync(async db => (await db.Documents.CountAsync(), await db.Meetings.CountAsync(), await db.RecordSources.CountAsync()));

        var again = await LoadAsync(host);

        Assert.Equal((0, 0), (again!.Stored, again.Accepted));
        Assert.Equal(before, await host.DbAsync(async db => (await db.Documents.CountAsync(), await db.Meetings.CountAsync(), await db.RecordSources.CountAsync())));
    }

    [Fact]
    public async Task LoadIfNew_DatabaseWithOtherDocuments_IsLeftAlone()
    {
        await using var host = await SqliteHost.StartAsync();
        await host.InScopeAsync(sp => sp.GetRequiredService<IngestionService>().IngestAsync("own.txt", "Minutes of our own meeting on 3 March 2025."u8.ToArray()));

        var report = await LoadAsync(host);

        Assert.Null(report);
        Assert.Equal(1, await host.DbAsync(db => db.Documents.CountAsync()));
    }

    [Fact]
    public async Task LoadIfNew_NoSampleFolder_StartsEmpty()
    {
        await using var host = await SqliteHost.StartAsync();

        var report = await LoadAsync(host, Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid()));

        Assert.Null(report);
        Assert.Equal(0, await host.DbAsync(db => db.Documents.CountAsync()));
    }
}
