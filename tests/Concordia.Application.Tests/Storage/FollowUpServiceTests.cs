using Concordia.Application.Abstractions;
using Concordia.Application.FollowUp;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Application.Tests.Storage;

public abstract class FollowUpServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly TestStore _db = new(provider);

    public Task InitializeAsync() => _db.InitializeAsync();
    public Task DisposeAsync() => _db.DisposeAsync();

    private async Task<Commitment> StoreAsync(string action, string mechanism = "mekong-japan", string? deadline = null, string[]? parties = null,
        Guid? meeting = null, DateOnly? made = null)
    {
        var c = Commitment.Create(new CommitmentDetails(action, CommitmentKind.Agreed, mechanism, meeting, parties?.Select(CountryCode.Of).ToList(),
            "connectivity", deadline is null ? null : PartialDate.Parse(deadline).Value), made ?? new DateOnly(2025, 7, 10)).Value;
        await _db.Db(async db =>
        {
            db.Commitments.Add(c);
            return await db.SaveChangesAsync();
        });
        return c;
    }

    private Task<T> Service<T>(Func<FollowUpService, Task<T>> work) => _db.In(sp => work(sp.GetRequiredService<FollowUpService>()));

    [SkippableTheory]
    [InlineData("in-progress", false, null)]
    [InlineData("fulfilled", true, null)]
    [InlineData("fulfilled", false, "commitment.evidence.required")]
    [InlineData("not-fulfilled", false, "commitment.evidence.required")]
    [InlineData("proposed", false, "commitment.transition")]
    [InlineData("done", false, "commitment.status.unknown")]
    public async Task ChangeStatusAsync_Rule_SavedOrRefused(string status, bool withUrl, string? expectedError)
    {
        var c = await StoreAsync("resume the Mekong–Japan Summit");
        var evidence = withUrl ? new EvidenceInput("https://www.mofa.go.jp/summit", "Summit held") : null;

        var result = await Service(s => s.ChangeStatusAsync(c.Id, new StatusChangeRequest(status, Evidence: evidence)));

        Assert.Equal(expectedError, result.Error?.Code);
        var stored = await _db.Db(db => db.Commitments.SingleAsync(x => x.Id == c.Id));
        Assert.Equal(expectedError is null ? 2 : 1, stored.History.Count);
        if (expectedError is null) Assert.Equal(new DateOnly(2026, 1, 15), stored.History[^1].On);
    }

    [SkippableFact]
    public async Task ChangeStatusAsync_UnknownDocumentOrCommitment_Fails()
    {
        var c = await StoreAsync("resume the Mekong–Japan Summit");
        var doc = new EvidenceInput(DocumentId: Guid.CreateVersion7(), SpanStart: 10, SpanLength: 40);

        var missingDoc = await Service(s => s.ChangeStatusAsync(c.Id, new StatusChangeRequest("fulfilled", Evidence: doc)));
        var missing = await Service(s => s.ChangeStatusAsync(Guid.CreateVersion7(), new StatusChangeRequest("in-progress")));

        Assert.Equal("evidence.document.not-found", missingDoc.Error!.Code);
        Assert.Equal("commitment.not-found", missing.Error!.Code);
    }

    [SkippableFact]
    public async Task OverdueAsync_FakeClockMidJanuary2026_FindsYear2025DeadlineButNotMonth2026_01()
    {
        var late = await StoreAsync("resume the summit", deadline: "2025");
        await StoreAsync("hold the business forum", deadline: "2026-01");

        var overdue = await Service(s => s.OverdueAsync("mekong-japan"));

        Assert.Equal([(late.Id, 15)], overdue.Select(o => (o.Commitment.Id, o.DaysOverdue)));
    }

    [SkippableFact]
    public async Task ComplianceAsync_JointCommitment_ScoredForEveryReferenceMember()
    {
        var joint = await StoreAsync("adopt the Mekong–Japan Cooperation Strategy");
        await Service(s => s.ChangeStatusAsync(joint.Id, new StatusChangeRequest("fulfilled", new DateOnly(2025, 8, 1), null,
            new EvidenceInput("https://www.mofa.go.jp/strategy", "adopted"))));
        var japan = await StoreAsync("host a seminar", parties: ["JP"]);
        await Service(s => s.ChangeStatusAsync(japan.Id, new StatusChangeRequest("lapsed", new DateOnly(2025, 9, 1))));

        var report = await Service(s => s.ComplianceAsync("mekong-japan"));

        Assert.Equal(["JP", "KH", "LA", "MM", "TH", "VN"], report.ByMember.Select(g => g.Key));
        Assert.Equal(0.0, report.ByMember[0].Average);
        Assert.All(report.ByMember.Skip(1), g => Assert.Equal(1.0, g.Average));
        Assert.Equal((2, 0.0), (report.ByMechanism.Single().Scored, report.ByMechanism.Single().Average!.Value));
    }

    [SkippableFact]
    public async Task LinkAsync_AcrossNumberedMeetings_LineageThreadStored()
    {
        var (m15, m16) = (Meeting(15, 2024), Meeting(16, 2025));
        await _db.Db(async db =>
        {
            db.Meetings.AddRange(m15, m16);
            return await db.SaveChangesAsync();
        });
        var earlier = await StoreAsync("resume the summit", meeting: m15.Id, made: new DateOnly(2024, 7, 1));
        var later = await StoreAsync("resume the summit by end-2025", meeting: m16.Id);

        var link = await Service(s => s.LinkAsync(earlier.Id, new LinkRequest(m16.Id, "changed", later.Id)));
        var again = await Service(s => s.LinkAsync(earlier.Id, new LinkRequest(m16.Id, "dropped")));
        var threads = await Service(s => s.LineageAsync("mekong-japan"));

        Assert.True(link.IsSuccess);
        Assert.Equal("lineage.already-followed", again.Error!.Code);
        Assert.Equal([(15, (LineageKind?)null), (16, LineageKind.Changed)], threads.Single().Steps.Select(s => (s.MeetingOrdinal!.Value, s.How)));
    }

    private static Meeting Meeting(int ordinal, int year) =>
        Domain.Registry.Meeting.Create(new MeetingDetails("mekong-japan", MeetingKind.ForeignMinisters, ordinal, PartialDate.OfYear(year))).Value;
}

public sealed class SqliteFollowUpServiceTests() : FollowUpServiceTests(DatabaseProvider.Sqlite);

public sealed class PostgresFollowUpServiceTests() : FollowUpServiceTests(DatabaseProvider.PostgreSql);
