using Concordia.Application.Abstractions;
using Concordia.Application.Review;
using Concordia.Domain.Documents;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Application.Tests.Storage;

public abstract class RecordFinderTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly TestStore _db = new(provider);

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        if (provider == DatabaseProvider.PostgreSql && Environment.GetEnvironmentVariable(TestStore.PostgresVariable) is null) return;
        await _db.Db(async db =>
        {
            db.People.AddRange(Person.Create("Bùi Thanh Sơn", CountryCode.Of("VN")).Value, Person.Create("Đỗ Hùng Việt", CountryCode.Of("VN")).Value,
                Person.Create("Iwaya Takeshi", CountryCode.Of("JP")).Value);
            // More meetings than the old picker's 30, the one searched for the oldest of them.
            db.Meetings.Add(Meeting.Create(new MeetingDetails("mekong-japan", MeetingKind.ForeignMinisters, 13, PartialDate.OfDay(2025, 7, 10),
                City: "Kuala Lumpur", Title: "Hội nghị Bộ trưởng Ngoại giao Mekong – Nhật Bản lần thứ 13")).Value);
            for (var n = 1; n <= 40; n++)
                db.Meetings.Add(Meeting.Create(new MeetingDetails("mekong-korea", MeetingKind.SeniorOfficials, n, PartialDate.OfYear(1980 + n))).Value);
            db.Commitments.Add(Commitment.Create(new CommitmentDetails("Thúc đẩy chuyển đổi số và đổi mới sáng tạo", CommitmentKind.Agreed, "mekong-japan"),
                new DateOnly(2025, 7, 10)).Value);
            return await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => _db.DisposeAsync();

    private Task<IReadOnlyList<RecordChoice>> FindAsync(FactKind kind, string query) =>
        _db.In(async sp => (await new RecordFinder(sp.GetRequiredService<IConcordiaDb>(), sp.GetRequiredService<Concordia.Application.Search.ISearchIndex>()).FindAsync(kind, query)).Value);

    [SkippableTheory]
    [InlineData(FactKind.Person, "bui thanh son", "Bùi Thanh Sơn (VN)")]
    [InlineData(FactKind.Person, "Bùi Thanh Sơn", "Bùi Thanh Sơn (VN)")]
    [InlineData(FactKind.Person, "do hung viet", "Đỗ Hùng Việt (VN)")]
    [InlineData(FactKind.Person, "takeshi iwaya", "Iwaya Takeshi (JP)")]
    [InlineData(FactKind.Meeting, "hoi nghi nhat ban 13", "Hội nghị Bộ trưởng Ngoại giao Mekong – Nhật Bản lần thứ 13")]
    [InlineData(FactKind.Meeting, "kuala lumpur", "Hội nghị Bộ trưởng Ngoại giao Mekong – Nhật Bản lần thứ 13")]
    [InlineData(FactKind.Meeting, "mekong japan foreign", "Hội nghị Bộ trưởng Ngoại giao Mekong – Nhật Bản lần thứ 13")]
    [InlineData(FactKind.Commitment, "chuyen doi so", "Thúc đẩy chuyển đổi số và đổi mới sáng tạo")]
    public async Task Find_NameWithOrWithoutDiacritics_FindsTheRecord(FactKind kind, string query, string label) =>
        Assert.Equal(label, Assert.Single(await FindAsync(kind, query)).Label);

    [SkippableFact]
    public async Task Find_OldestOfManyMeetings_IsFoundBeyondTheMostRecentThirty()
    {
        var found = await FindAsync(FactKind.Meeting, "mkc senior 1");

        Assert.Contains(found, c => c.Label == "#1 Mekong–Republic of Korea Cooperation senior-officials (1981)");
        Assert.All(found, c => Assert.Contains("senior-officials", c.Label));
    }

    [SkippableTheory]
    [InlineData(FactKind.Person, "bui nam")]
    [InlineData(FactKind.Meeting, "lan thu 14")]
    [InlineData(FactKind.Commitment, "chuyen doi xanh")]
    [InlineData(FactKind.Person, "  ")]
    public async Task Find_NoRecordHasEveryWord_FindsNothing(FactKind kind, string query) =>
        Assert.Empty(await FindAsync(kind, query));

    [SkippableFact]
    public async Task Find_AmountKindOrLongQuery_IsRefused()
    {
        var codes = await _db.In(async sp => new[]
        {
            (await new RecordFinder(sp.GetRequiredService<IConcordiaDb>(), sp.GetRequiredService<Concordia.Application.Search.ISearchIndex>()).FindAsync(FactKind.Amount, "usd")).Error!.Code,
            (await new RecordFinder(sp.GetRequiredService<IConcordiaDb>(), sp.GetRequiredService<Concordia.Application.Search.ISearchIndex>()).FindAsync(FactKind.Person, new string('a', 201))).Error!.Code,
        });

        Assert.Equal(["review.merge.unsupported", "review.query.too-long"], codes);
    }
}

public sealed class SqliteRecordFinderTests() : RecordFinderTests(DatabaseProvider.Sqlite);

public sealed class PostgresRecordFinderTests() : RecordFinderTests(DatabaseProvider.PostgreSql);
