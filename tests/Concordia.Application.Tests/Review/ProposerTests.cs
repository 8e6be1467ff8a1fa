using Concordia.Application.Abstractions;
using Concordia.Application.Portal;
using Concordia.Application.Review;
using Concordia.Application.Tests.Ingestion;
using Concordia.Domain.Documents;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Application.Tests.Review;

public sealed class ProposerTests
{
    private const string Reviewer = "desk.officer@mofa.example";

    /// <summary>Seed 000's lead: one minister named before the action he called for.</summary>
    private const string OneMinister =
        "Kuala Lumpur, July 11 (VNA) - Vietnamese Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son on July 10 called for " +
        "the Mekong–Japan cooperation framework to adopt new thinking, new methods, and new approaches.";

    private const string TwoMinisters =
        "Foreign Minister Bui Thanh Son and his Japanese counterpart Iwaya Takeshi agreed to resume the Mekong–Japan Summit by the end of 2025.";

    private const string PersonPayload = """{"name":"Bui Thanh Son","country":"VN","roles":[]}""";

    private static Fact At(Guid document, string text, string quote, FactKind kind, string payload) =>
        Fact.Create(document, kind, payload, new Span(text.IndexOf(quote, StringComparison.Ordinal), quote.Length), ["test.rule"], 0.9).Value;

    /// <summary>Stores the text with a commitment fact on its action and a person fact per name; returns the commitment fact and the person facts.</summary>
    private static Task<(Guid Commitment, List<Guid> People)> StoreAsync(SqliteHost host, string text, string action, string actors, params string[] names) =>
        host.DbAsync(async db =>
        {
            var document = Document.Create(text + "\n" + Guid.NewGuid(), "en", "https://vna.example/" + Guid.NewGuid(), PartialDate.OfDay(2025, 7, 11)).Value;
            var commitment = At(document.Id, text, action, FactKind.Commitment,
                $$"""{"mechanism":"mekong-japan","kind":"proposed","actors":{{actors}},"action":"{{action}}","deadline":null}""");
            var people = names.Select(n => At(document.Id, text, n, FactKind.Person, $$"""{"name":"{{n}}","country":null,"roles":[]}""")).ToList();
            db.Documents.Add(document);
            db.Facts.Add(commitment);
            db.Facts.AddRange(people);
            await db.SaveChangesAsync();
            return (commitment.Id, people.Select(p => p.Id).ToList());
        });

    private static Task<T> ReviewAsync<T>(SqliteHost host, Func<ReviewService, Task<T>> work) =>
        host.InScopeAsync(sp => work(sp.GetRequiredService<ReviewService>()));

    private static async Task<Commitment> AcceptCommitmentAsync(SqliteHost host, Guid fact)
    {
        var accepted = await ReviewAsync(host, s => s.AcceptAsync(fact, Reviewer));
        Assert.True(accepted.IsSuccess, accepted.Error?.Message);
        return await host.DbAsync(db => db.Commitments.AsNoTracking().SingleAsync(c => c.Id == accepted.Value.RecordId));
    }

    private static Task<Guid> PersonAsync(SqliteHost host, string name) =>
        host.DbAsync(async db =>
        {
            var person = Person.Create(name, CountryCode.Of("VN")).Value;
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

    [Fact]
    public async Task Accept_AcceptedPersonNamedBeforeTheAction_IsTheProposer()
    {
        await using var host = await SqliteHost.StartAsync();
        var (commitment, people) = await StoreAsync(host, OneMinister, "the Mekong–Japan cooperation framework to adopt new thinking", """["Vietnam"]""",
            "Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son");
        var person = await ReviewAsync(host, s => s.EditAndAcceptAsync(people[0], PersonPayload, Reviewer));

        var accepted = await AcceptCommitmentAsync(host, commitment);

        Assert.Equal(person.Value.RecordId, accepted.ProposerId);
    }

    [Fact]
    public async Task Accept_PendingMentionOfAKnownPerson_IsTheProposer()
    {
        await using var host = await SqliteHost.StartAsync();
        var son = await PersonAsync(host, "Bùi Thanh Sơn");
        var (commitment, _) = await StoreAsync(host, OneMinister, "the Mekong–Japan cooperation framework to adopt new thinking", "[]", "Bui Thanh Son");

        Assert.Equal(son, (await AcceptCommitmentAsync(host, commitment)).ProposerId);
    }

    [Fact]
    public async Task Accept_ActorNamingAKnownPerson_IsTheProposer()
    {
        await using var host = await SqliteHost.StartAsync();
        var son = await PersonAsync(host, "Bùi Thanh Sơn");
        var (commitment, _) = await StoreAsync(host, "The ministers met. They called for more digital hubs.", "more digital hubs", """["Vietnam","Bui Thanh Son"]""");

        Assert.Equal(son, (await AcceptCommitmentAsync(host, commitment)).ProposerId);
    }

    [Theory]
    [InlineData(TwoMinisters, "resume the Mekong–Japan Summit by the end of 2025", new[] { "Bui Thanh Son", "Iwaya Takeshi" })]
    [InlineData("Bui Thanh Son arrived on Monday. The ministers called for more digital hubs.", "more digital hubs", new[] { "Bui Thanh Son" })]
    [InlineData(OneMinister, "the Mekong–Japan cooperation framework to adopt new thinking", new string[0])]
    public async Task Accept_NoSingleKnownPersonInTheSentence_NoProposer(string text, string action, string[] names)
    {
        await using var host = await SqliteHost.StartAsync();
        await PersonAsync(host, "Bùi Thanh Sơn");
        await PersonAsync(host, "Iwaya Takeshi");
        var (commitment, _) = await StoreAsync(host, text, action, "[]", names);

        Assert.Null((await AcceptCommitmentAsync(host, commitment)).ProposerId);
    }

    [Fact]
    public async Task Accept_UnknownPersonNamed_NoProposerAndNoPersonCreated()
    {
        await using var host = await SqliteHost.StartAsync();
        var (commitment, _) = await StoreAsync(host, OneMinister, "the Mekong–Japan cooperation framework to adopt new thinking", "[]", "Bui Thanh Son");

        var accepted = await AcceptCommitmentAsync(host, commitment);

        Assert.Null(accepted.ProposerId);
        Assert.Equal(0, await host.DbAsync(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task PersonPage_RecordedProposer_ListedAsProposedAndLeftOutOfTheCountryApproximation()
    {
        await using var host = await SqliteHost.StartAsync();
        var son = await PersonAsync(host, "Bùi Thanh Sơn");
        await host.DbAsync(async db =>
        {
            var meeting = Meeting.Create(new MeetingDetails("mekong-japan", MeetingKind.ForeignMinisters, 16, PartialDate.OfDay(2025, 7, 10))).Value;
            meeting.SetCoChairs([await db.People.SingleAsync(p => p.Id == son)]);
            var byHim = Commitment.Create(new CommitmentDetails("Establish a periodic Mekong–Japan Business Forum", CommitmentKind.Proposed,
                "mekong-japan", meeting.Id, [CountryCode.Of("VN")]), new DateOnly(2025, 7, 10)).Value;
            byHim.SetProposer(son);
            var byCountry = Commitment.Create(new CommitmentDetails("Develop digital hubs", CommitmentKind.Proposed, "mekong-japan", meeting.Id,
                [CountryCode.Of("VN")]), new DateOnly(2025, 7, 10)).Value;
            db.Meetings.Add(meeting);
            db.Commitments.AddRange(byHim, byCountry);
            return await db.SaveChangesAsync();
        });

        var view = (await host.DbAsync(db => new PersonQueries(db, host.Clock, new PortalVocabulary()).GetAsync(son))).Value;

        Assert.Equal("Establish a periodic Mekong–Japan Business Forum", Assert.Single(view.CommitmentsProposed).Action);
        Assert.Equal("Develop digital hubs", Assert.Single(view.CountryProposals).Action);
    }
}
