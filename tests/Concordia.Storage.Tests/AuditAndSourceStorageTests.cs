using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Documents;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Concordia.Storage.Tests;

public abstract class AuditAndSourceStorageTests<TDb>(TDb database) : StorageTestBase<TDb>(database) where TDb : TestDatabase
{
    private static readonly DateTimeOffset Start = new(2025, 7, 12, 8, 0, 0, TimeSpan.Zero);

    private sealed class Reviewer(string name) : IAuditActor
    {
        public string Name => name;
    }

    [SkippableFact]
    public async Task Save_CreateUpdateDelete_WritesOneAuditEntryEachWithActorAndTime()
    {
        var clock = new FakeTimeProvider(Start);
        var person = Person.Create("Iwaya Takeshi", C("JP")).Value;
        await using (var db = Database.CreateContext(new Reviewer("desk.officer"), clock))
        {
            db.People.Add(person);
            Assert.Equal(1, await db.SaveChangesAsync());
            clock.Advance(TimeSpan.FromMinutes(5));
            person.AddRole("Minister for Foreign Affairs", D("2024-10"));
            await db.SaveChangesAsync();
            clock.Advance(TimeSpan.FromMinutes(5));
            db.People.Remove(person);
            await db.SaveChangesAsync();
        }

        var key = person.Id.ToString();
        var trail = await InScopeAsync(db => db.AuditTrail.Where(a => a.EntityKey == key && a.At >= Start).OrderBy(a => a.At).ToListAsync());

        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted], trail.Select(a => a.Action));
        Assert.All(trail, a => Assert.Equal(("Person", "desk.officer"), (a.EntityType, a.Actor)));
        Assert.Equal([8 * 60, 8 * 60 + 5, 8 * 60 + 10], trail.Select(a => a.At.Hour * 60 + a.At.Minute).Order());
    }

    [SkippableFact]
    public async Task Sources_OneMeetingFromTwoDocuments_KeepsBothSpans()
    {
        var mechanism = await NewMechanismAsync();
        var meeting = Meeting.Create(new MeetingDetails(mechanism, MeetingKind.ForeignMinisters, 16, D("2025-07-10"))).Value;
        var docs = new[] { "English report of the 16th meeting ", "Bản tin tiếng Việt về Hội nghị lần thứ 16 " }
            .Select((t, i) => Document.Create(t + Guid.NewGuid(), i == 0 ? "en" : "vi", $"doc{i}.txt").Value).ToArray();
        var facts = docs.Select(d => Fact.Create(d.Id, FactKind.Meeting, "{}", new Span(0, 20), ["rule"], 0.9).Value).ToArray();
        facts[0].Accept("reviewer", DateTimeOffset.UtcNow, meeting.Id);
        facts[1].MergeInto(facts[0].Id, "reviewer", DateTimeOffset.UtcNow, meeting.Id);
        await InScopeAsync(async db =>
        {
            db.Meetings.Add(meeting);
            db.Documents.AddRange(docs);
            db.Facts.AddRange(facts);
            db.RecordSources.AddRange(facts.Select(f => RecordSource.FromFact(f, RecordKind.Meeting, meeting.Id).Value));
            await db.SaveChangesAsync();
        });

        var sources = await InScopeAsync(db => db.RecordSources.Where(s => s.Kind == RecordKind.Meeting && s.RecordId == meeting.Id).ToListAsync());

        Assert.Equal(docs.Select(d => d.Id).Order(), sources.Select(s => s.DocumentId).Order());
        Assert.All(sources, s => Assert.Equal(new Span(0, 20), s.Span));
    }
}

public sealed class SqliteAuditAndSourceStorageTests(SqliteTestDatabase db) : AuditAndSourceStorageTests<SqliteTestDatabase>(db);

public sealed class PostgresAuditAndSourceStorageTests(PostgresTestDatabase db) : AuditAndSourceStorageTests<PostgresTestDatabase>(db);
