using Concordia.Application.Abstractions;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Storage.Tests;

public abstract class ConcurrencyStorageTests<TDb>(TDb database) : StorageTestBase<TDb>(database) where TDb : TestDatabase
{
    [SkippableFact]
    public async Task Save_NewRecord_StartsAtVersionOne()
    {
        var id = await NewMechanismAsync();

        Assert.Equal(1, await InScopeAsync(db => db.Mechanisms.Where(m => m.Id == id).Select(m => m.Version).SingleAsync()));
    }

    [SkippableFact]
    public async Task Save_TwoWritersOfOneRecord_SecondGetsConcurrencyError()
    {
        var id = await NewMechanismAsync();
        await using var first = Database.Scope();
        await using var second = Database.Scope();
        var db1 = Db(first);
        var db2 = Db(second);
        var a = await db1.Mechanisms.SingleAsync(m => m.Id == id);
        var b = await db2.Mechanisms.SingleAsync(m => m.Id == id);

        a.Update("First writer", "FW", null);
        await db1.SaveChangesAsync();
        b.Update("Second writer", "SW", null);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
        var stored = await InScopeAsync(db => db.Mechanisms.SingleAsync(m => m.Id == id));
        Assert.Equal(("First writer", 2L), (stored.Name, stored.Version));
    }

    [SkippableFact]
    public async Task ExpectVersion_StaleIfMatch_IsRefused()
    {
        var id = await NewMechanismAsync();
        await RenameAsync(id, "Renamed once", expected: 1);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => RenameAsync(id, "From a stale page", expected: 1));
    }

    [SkippableFact]
    public async Task ExpectVersion_CurrentIfMatch_SavesAndRaisesVersion()
    {
        var id = await NewMechanismAsync();

        await RenameAsync(id, "Renamed once", expected: 1);
        await RenameAsync(id, "Renamed twice", expected: 2);

        var read = await InScopeAsync(db => db.Mechanisms.SingleAsync(m => m.Id == id));
        Assert.Equal(("Renamed twice", 3L), (read.Name, read.Version));
    }

    [SkippableFact]
    public async Task CoChairChange_OnStoredMeeting_RaisesTheMeetingVersion()
    {
        var mechanism = await NewMechanismAsync();
        var person = Person.Create("Iwaya Takeshi", C("JP")).Value;
        var meeting = Meeting.Create(new MeetingDetails(mechanism, MeetingKind.Summit, 1, D("2009-11-06"))).Value;
        await InScopeAsync(async db =>
        {
            db.People.Add(person);
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
        });

        await InScopeAsync(async db =>
        {
            var stored = await db.Meetings.SingleAsync(m => m.Id == meeting.Id);
            stored.SetCoChairs([person]);
            await db.SaveChangesAsync();
        });

        Assert.Equal(2, await InScopeAsync(db => db.Meetings.Where(m => m.Id == meeting.Id).Select(m => m.Version).SingleAsync()));
    }

    [SkippableFact]
    public async Task Delete_WithStaleIfMatch_IsRefusedAndKeepsTheRecord()
    {
        var id = await NewMechanismAsync();
        await RenameAsync(id, "Renamed once", expected: 1);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => InScopeAsync(async db =>
        {
            var m = await db.Mechanisms.SingleAsync(x => x.Id == id);
            db.ExpectVersion(m, 1);
            db.Mechanisms.Remove(m);
            await db.SaveChangesAsync();
        }));

        Assert.True(await InScopeAsync(db => db.Mechanisms.AnyAsync(m => m.Id == id)));
    }

    private static IConcordiaDb Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<IConcordiaDb>();

    private Task RenameAsync(string id, string name, long expected) => InScopeAsync(async db =>
    {
        var m = await db.Mechanisms.SingleAsync(x => x.Id == id);
        db.ExpectVersion(m, expected);
        m.Update(name, m.ShortName, m.Notes);
        await db.SaveChangesAsync();
    });
}

public sealed class SqliteConcurrencyStorageTests(SqliteTestDatabase db) : ConcurrencyStorageTests<SqliteTestDatabase>(db);

public sealed class PostgresConcurrencyStorageTests(PostgresTestDatabase db) : ConcurrencyStorageTests<PostgresTestDatabase>(db);
