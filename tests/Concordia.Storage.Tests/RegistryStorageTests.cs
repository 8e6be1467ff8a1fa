using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Storage.Tests;

public abstract class RegistryStorageTests<TDb>(TDb database) : StorageTestBase<TDb>(database) where TDb : TestDatabase
{
    [SkippableFact]
    public async Task Meeting_WithCoChairsAndParent_RoundTripsEveryField()
    {
        var mechanism = await NewMechanismAsync();
        var (son, iwaya) = (Person.Create("Bùi Thanh Sơn", C("VN")).Value, Person.Create("Iwaya Takeshi", C("JP")).Value);
        var amm = Meeting.Create(new MeetingDetails("asean", MeetingKind.ForeignMinisters, 58, D("2025-07-08"), D("2025-07-11"), "Kuala Lumpur", C("MY"))).Value;
        var fmm = Meeting.Create(new MeetingDetails(mechanism, MeetingKind.ForeignMinisters, 16, D("2025-07-10"), null, "Kuala Lumpur", C("MY"),
            amm.Id, MeetingStatus.Held, "16th Foreign Ministers' Meeting")).Value;
        fmm.SetCoChairs([son, iwaya]);
        await InScopeAsync(async db =>
        {
            db.People.AddRange(son, iwaya);
            db.Meetings.AddRange(amm, fmm);
            await db.SaveChangesAsync();
        });

        var read = await InScopeAsync(db => db.Meetings.SingleAsync(m => m.Id == fmm.Id));

        Assert.Equal((mechanism, MeetingKind.ForeignMinisters, 16), (read.MechanismId!, read.Kind, read.Ordinal!.Value));
        Assert.Equal(("2025-07-10", (string?)null), (read.Start.ToString()!, read.End?.ToString()));
        Assert.Equal((C("MY"), amm.Id, MeetingStatus.Held), (read.Country!.Value, read.WithinMeetingId!.Value, read.Status));
        Assert.Equal([son.Id, iwaya.Id], read.CoChairIds);
        Assert.Equal(1, read.Version);
    }

    [SkippableFact]
    public async Task Meetings_DuplicateOrdinalInSeries_RefusedByTheDatabase()
    {
        var mechanism = await NewMechanismAsync();
        await AddMeetingsAsync(mechanism, (1, "2008-01-16"), (null, "2008-06"), (null, "2009"));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => AddMeetingsAsync(mechanism, (1, "2009-01-14")));

        Assert.NotNull(error.InnerException);
    }

    [SkippableFact]
    public async Task Meetings_OrderedByPartialStart_ComeInDateOrder()
    {
        var mechanism = await NewMechanismAsync();
        await AddMeetingsAsync(mechanism, (3, "2010-07-21"), (1, "2008"), (4, "2011-07"), (2, "2009-07-22"));

        var ordinals = await InScopeAsync(db =>
            db.Meetings.Where(m => m.MechanismId == mechanism).OrderBy(m => m.Start).Select(m => m.Ordinal).ToListAsync());

        Assert.Equal([1, 2, 3, 4], ordinals);
    }

    [SkippableFact]
    public async Task MeetingSeries_FromStoredMeetings_MarksTheResumption()
    {
        var mechanism = await NewMechanismAsync();
        await AddMeetingsAsync(mechanism, (1, "2010-07"), (2, "2011-07"), (3, "2012-07"), (4, "2017-07"), (5, "2018-07"));

        var meetings = await InScopeAsync(db => db.Meetings.Where(m => m.MechanismId == mechanism).ToListAsync());
        var series = MeetingSeries.Build(mechanism, meetings).Single();

        Assert.Equal(5, series.Entries.Single(e => e.Meeting.Ordinal == 4).ResumedAfterYears);
    }

    [SkippableFact]
    public async Task Membership_OverlapWithStoredOne_IsRefusedByTheAggregate()
    {
        var mechanism = await NewMechanismAsync();
        await InScopeAsync(async db =>
        {
            var m = await db.Mechanisms.SingleAsync(x => x.Id == mechanism);
            m.AddMembership(C("TL"), D("2025-10-26"), null);
            await db.SaveChangesAsync();
        });

        var result = await InScopeAsync(async db =>
        {
            var m = await db.Mechanisms.Include(x => x.Memberships).SingleAsync(x => x.Id == mechanism);
            return m.AddMembership(C("TL"), D("2026"), null);
        });

        Assert.Equal("membership.overlap", result.Error!.Code);
    }

    [SkippableFact]
    public async Task Person_FoundByNameKey_WithOrWithoutDiacritics()
    {
        var son = Person.Create("Bùi Thanh Sơn", C("VN")).Value;
        son.AddRole("Minister of Foreign Affairs", D("2021-04"));
        son.AddRole("Deputy Prime Minister", D("2023-01"));
        await InScopeAsync(async db =>
        {
            db.People.Add(son);
            await db.SaveChangesAsync();
        });

        var key = PersonName.Key("Son Thanh Bui");
        var found = await InScopeAsync(db => db.People.SingleAsync(p => p.NameKey == key && p.Id == son.Id));

        Assert.Equal("Bùi Thanh Sơn", found.Name);
        Assert.Equal(["Minister of Foreign Affairs", "Deputy Prime Minister"], found.Roles.Select(r => r.Title));
        Assert.Equal("2021-04", found.Roles[0].From.ToString());
    }

    [SkippableFact]
    public async Task Strategy_WithPillars_RoundTripsInOrder()
    {
        var mechanism = await NewMechanismAsync();
        var strategy = Strategy.Create(mechanism, "Cooperation Strategy 2024", D("2024"), D("2028")).Value;
        strategy.AddPillar("Connectivity", ["connectivity", "digital-transformation"]);
        strategy.AddPillar("Sustainability", ["climate-change"]);
        strategy.AddPillar("People", []);
        await InScopeAsync(async db =>
        {
            db.Strategies.Add(strategy);
            await db.SaveChangesAsync();
        });

        var read = await InScopeAsync(db => db.Strategies.SingleAsync(s => s.Id == strategy.Id));

        Assert.Equal(["Connectivity", "Sustainability", "People"], read.Pillars.Select(p => p.Title));
        Assert.Equal(["connectivity", "digital-transformation"], read.Pillars[0].PriorityAreas);
        Assert.Empty(read.Pillars[2].PriorityAreas);
        Assert.Equal(("2024", "2028"), (read.PeriodFrom.ToString()!, read.PeriodTo.ToString()!));
    }

    [SkippableFact]
    public async Task Delegation_HeadOnBehalfOfMinister_RoundTrips()
    {
        var mechanism = await NewMechanismAsync();
        var (viet, son) = (Person.Create("Do Hung Viet", C("VN")).Value, Person.Create("Bui Thanh Son", C("VN")).Value);
        var meeting = Meeting.Create(new MeetingDetails(mechanism, MeetingKind.ForeignMinisters, 14, D("2021-08-03"))).Value;
        var delegation = Delegation.Create(meeting.Id, C("VN"), viet.Id, son.Id).Value;
        await InScopeAsync(async db =>
        {
            db.People.AddRange(viet, son);
            db.Meetings.Add(meeting);
            db.Delegations.Add(delegation);
            await db.SaveChangesAsync();
        });

        var read = await InScopeAsync(db => db.Delegations.SingleAsync(d => d.MeetingId == meeting.Id));

        Assert.Equal((viet.Id, son.Id, C("VN")), (read.HeadPersonId, read.OnBehalfOfPersonId!.Value, read.Country));
    }

    private Task AddMeetingsAsync(string mechanism, params (int? Ordinal, string Start)[] meetings) => InScopeAsync(async db =>
    {
        foreach (var (ordinal, start) in meetings)
            db.Meetings.Add(Meeting.Create(new MeetingDetails(mechanism, MeetingKind.ForeignMinisters, ordinal, D(start))).Value);
        await db.SaveChangesAsync();
    });
}

public sealed class SqliteRegistryStorageTests(SqliteTestDatabase db) : RegistryStorageTests<SqliteTestDatabase>(db);

public sealed class PostgresRegistryStorageTests(PostgresTestDatabase db) : RegistryStorageTests<PostgresTestDatabase>(db);
