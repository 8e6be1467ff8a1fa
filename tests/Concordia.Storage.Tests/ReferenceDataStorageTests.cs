using Concordia.Application.Abstractions;
using Concordia.Application.ReferenceData;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Storage.Tests;

public abstract class ReferenceDataStorageTests<TDb>(TDb database) : StorageTestBase<TDb>(database) where TDb : TestDatabase
{
    [SkippableFact]
    public async Task Initialize_FreshDatabase_AppliesMigrationsAndLoadsEveryReferenceTable()
    {
        Database.Require();
        var first = Database.FirstRun!;

        Assert.NotEmpty(first.AppliedMigrations);
        Assert.Equal(249 + 14 + 9 + 16 + MembershipRowsInFile, first.Reference.Added);
        var counts = await InScopeAsync(async db => new[]
        {
            await db.Countries.CountAsync(), await db.Mechanisms.CountAsync(m => !m.Id.StartsWith("test-")), await db.MeetingKinds.CountAsync(),
            await db.PriorityAreas.CountAsync(),
        });
        Assert.Equal([249, 14, 9, 16], counts);
    }

    [SkippableFact]
    public async Task MekongJapan_AfterSeeding_HasItsSixMembers()
    {
        var mjc = await InScopeAsync(db => db.Mechanisms.Include(m => m.Memberships).SingleAsync(m => m.Id == "mekong-japan"));

        Assert.Equal("MJC", mjc.ShortName);
        Assert.Equal(["JP", "KH", "LA", "MM", "TH", "VN"], mjc.Memberships.Select(m => m.Country.Value).Order());
    }

    [SkippableFact]
    public async Task Memberships_AfterSeeding_CarryTheirJoiningDates()
    {
        var asean = await InScopeAsync(db => db.Mechanisms.Include(m => m.Memberships).SingleAsync(m => m.Id == "asean"));
        var japan = await InScopeAsync(db => db.Memberships.SingleAsync(m => m.MechanismId == "mekong-japan" && m.Country == C("JP")));

        Assert.Equal("2008", japan.From.ToString());
        Assert.Equal(10, asean.MembersOn(new DateOnly(2025, 7, 10)).Count);
        Assert.Equal(11, asean.MembersOn(new DateOnly(2025, 11, 1)).Count);
    }

    [SkippableFact]
    public async Task Load_DateForMemberRecordedWithoutOne_FillsIt()
    {
        var id = "test-" + Guid.NewGuid().ToString("N")[..12];
        var data = ReferenceDataSet.Embedded().Value;
        var undated = data with { Mechanisms = [.. data.Mechanisms, new MechanismRow(id, "Test", "T", [C("VN")], null)] };
        var dated = undated with { MembershipDates = [.. data.MembershipDates, new MembershipDateRow(id, C("VN"), D("2019-05"))] };

        var first = await InScopeAsync(db => new ReferenceDataLoader(db).LoadAsync(undated));
        var second = await InScopeAsync(db => new ReferenceDataLoader(db).LoadAsync(dated));
        var membership = await InScopeAsync(db => db.Memberships.SingleAsync(m => m.MechanismId == id));

        Assert.Equal((new ReferenceLoadReport(2, 0), new ReferenceLoadReport(0, 1)), (first.Value, second.Value));
        Assert.Equal("2019-05", membership.From.ToString());
    }

    [SkippableFact]
    public async Task Countries_AfterSeeding_HaveVietnameseNames()
    {
        var names = await InScopeAsync(db => db.Countries.Where(c => c.NameEn == "Japan" || c.NameEn == "Cambodia")
            .OrderBy(c => c.NameEn).Select(c => c.NameVi).ToListAsync());

        Assert.Equal(["Campuchia", "Nhật Bản"], names);
    }

    [SkippableFact]
    public async Task PriorityAreas_AfterSeeding_KeepTheirSdgs()
    {
        var water = await InScopeAsync(db => db.PriorityAreas.SingleAsync(a => a.Code == "water-resources"));

        Assert.Equal([6, 13], water.Sdgs);
    }

    [SkippableFact]
    public async Task Initialize_RunTwice_AddsAndChangesNothing()
    {
        var before = await SnapshotAsync();

        DatabaseReport again;
        await using (var scope = Database.Scope())
            again = await scope.ServiceProvider.GetRequiredService<IDatabaseInitializer>().InitializeAsync();
        var loadedDirectly = await InScopeAsync(db => new ReferenceDataLoader(db).LoadAsync(ReferenceDataSet.Embedded().Value));

        Assert.Empty(again.AppliedMigrations);
        Assert.Equal(ReferenceLoadReport.None, again.Reference);
        Assert.Equal(ReferenceLoadReport.None, loadedDirectly.Value);
        Assert.Equal(before, await SnapshotAsync());
    }

    [SkippableFact]
    public async Task Load_ChangedLabel_UpdatesOnlyThatRow()
    {
        var data = ReferenceDataSet.Embedded().Value;
        var kinds = data.MeetingKinds.Select(k => k.Slug == "workshop" ? k with { NameEn = "Technical workshop" } : k).ToList();

        var changed = await InScopeAsync(db => new ReferenceDataLoader(db).LoadAsync(data with { MeetingKinds = kinds }));
        var restored = await InScopeAsync(db => new ReferenceDataLoader(db).LoadAsync(data));

        Assert.Equal(new ReferenceLoadReport(0, 1), changed.Value);
        Assert.Equal(new ReferenceLoadReport(0, 1), restored.Value);
    }

    private static int MembershipRowsInFile => ReferenceDataSet.Embedded().Value.Mechanisms.Sum(m => m.Members.Count);

    private Task<string> SnapshotAsync() => InScopeAsync(async db =>
    {
        var countries = (await db.Countries.AsNoTracking().ToListAsync()).Select(c => $"{c.Code}:{c.NameVi}:{c.Version}");
        var mechanisms = (await db.Mechanisms.AsNoTracking().Include(m => m.Memberships).ToListAsync())
            .Where(m => !m.Id.StartsWith("test-", StringComparison.Ordinal))
            .SelectMany(m => m.Memberships.Select(x => $"{m.Id}:{x.Country}:{x.Version}").Append($"{m.Id}:{m.Version}"));
        var rest = (await db.PriorityAreas.AsNoTracking().ToListAsync()).Select(a => $"{a.Code}:{a.Version}")
            .Concat((await db.MeetingKinds.AsNoTracking().ToListAsync()).Select(k => $"{k.Kind}:{k.NameEn}:{k.Version}"));
        return string.Join(',', countries.Concat(mechanisms).Concat(rest).Order(StringComparer.Ordinal));
    });
}

public sealed class SqliteReferenceDataStorageTests(SqliteTestDatabase db) : ReferenceDataStorageTests<SqliteTestDatabase>(db);

public sealed class PostgresReferenceDataStorageTests(PostgresTestDatabase db) : ReferenceDataStorageTests<PostgresTestDatabase>(db);
