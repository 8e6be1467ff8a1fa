using System.Net;
using Concordia.Application.Abstractions;
using Concordia.Application.Registry;
using Concordia.Domain.Documents;
using Concordia.Domain.Values;
using Concordia.Web.Api.Infrastructure;
using Concordia.Web.Api.Registry;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Web.Tests.Registry;

public abstract class CommitmentAndDocumentApiTests(ApiHost host)
{
    [SkippableFact]
    public async Task CreateCommitment_Pledge_StartsAgreedWithOneHistoryEntry()
    {
        var client = host.Client();
        var input = new CommitmentInput("Raise the MKCF contribution to USD 10 million a year", "pledged", "mekong-korea", Parties: ["KR"],
            PriorityArea: "connectivity", Deadline: "2027", Target: new MoneyInput(10_000_000m, "USD"), MadeOn: "2024-07-26");

        var commitment = await (await client.PostJsonAsync("/api/v1/commitments", input)).ReadAsync<CommitmentResponse>(HttpStatusCode.Created);

        Assert.Equal(("agreed", "pledged", "2027"), (commitment.Status, commitment.Kind, commitment.Deadline));
        Assert.Equal([("agreed", new DateOnly(2024, 7, 26))], commitment.History.Select(h => (h.Status, h.On)));
        Assert.Equal(["KR"], commitment.Parties);
    }

    [SkippableTheory]
    [InlineData("KR", true)]
    [InlineData("JP", false)]
    public async Task ListCommitments_ByParty_MatchesPartiesAndJointUndertakings(string party, bool findsPledge)
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        var pledge = await (await client.PostJsonAsync("/api/v1/commitments",
            new CommitmentInput("Contribute to the fund", "pledged", mechanism, Parties: ["KR"]))).ReadAsync<CommitmentResponse>(HttpStatusCode.Created);
        var joint = await (await client.PostJsonAsync("/api/v1/commitments",
            new CommitmentInput("Resume the Summit by end-2025", "agreed", mechanism))).ReadAsync<CommitmentResponse>(HttpStatusCode.Created);

        var page = await (await client.GetAsync($"/api/v1/commitments?mechanism={mechanism}&party={party}")).ReadAsync<PageResponse<CommitmentResponse>>();

        Assert.Equal(findsPledge, page.Items.Any(c => c.Id == pledge.Id));
        Assert.Contains(joint.Id, page.Items.Select(c => c.Id));
    }

    [SkippableTheory]
    [InlineData("promised", "2027", "KR", "kind")]
    [InlineData("agreed", "XXXX-07-26", "KR", "deadline")]
    [InlineData("agreed", "2027", "Korea", "parties[0]")]
    public async Task CreateCommitment_BadField_Returns400NamingIt(string kind, string deadline, string party, string field)
    {
        var client = host.Client();

        var response = await client.PostJsonAsync("/api/v1/commitments",
            new CommitmentInput("Resume the Summit", kind, "mekong-japan", Parties: [party], Deadline: deadline));

        Assert.Equal([field], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [SkippableFact]
    public async Task UpdateCommitment_Action_KeepsStatusAndHistory()
    {
        var client = host.Client();
        var created = await client.PostJsonAsync("/api/v1/commitments", new CommitmentInput("Resume the Summit", "agreed", "mekong-japan"));
        var commitment = await created.ReadAsync<CommitmentResponse>(HttpStatusCode.Created);

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/commitments/{commitment.Id}",
            new CommitmentInput("Resume the Mekong–Japan Summit by end-2025", "agreed", "mekong-japan", Deadline: "2025"), created.ETag());

        var updated = await response.ReadAsync<CommitmentResponse>();
        Assert.Equal(("Resume the Mekong–Japan Summit by end-2025", "2025", "agreed"), (updated.Action, updated.Deadline, updated.Status));
        Assert.Single(updated.History);
    }

    [SkippableFact]
    public async Task GetDocument_Ingested_ReturnsTextAndListsSummary()
    {
        var client = host.Client();
        var text = "Ha Noi, 10 July 2025 - The 16th Mekong-Japan Foreign Ministers' Meeting was held in Kuala Lumpur.";
        var document = Document.Create(text, "en", "test://" + Guid.NewGuid(), PartialDate.OfDay(2025, 7, 10), "MJC FMM").Value;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IConcordiaDb>();
            db.Documents.Add(document);
            await db.SaveChangesAsync();
        }

        var read = await (await client.GetAsync($"/api/v1/documents/{document.Id}")).ReadAsync<DocumentResponse>();
        var english = await (await client.GetAsync("/api/v1/documents?language=en&q=mjc")).ReadAsync<PageResponse<DocumentSummaryResponse>>();
        var vietnamese = await (await client.GetAsync("/api/v1/documents?language=vi")).ReadAsync<PageResponse<DocumentSummaryResponse>>();

        Assert.Equal((text, "2025-07-10"), (read.Text, read.Published));
        var summary = Assert.Single(english.Items, d => d.Id == document.Id);
        Assert.Equal(text.Length, summary.Length);
        Assert.DoesNotContain(document.Id, vietnamese.Items.Select(d => d.Id));
    }

    [SkippableFact]
    public async Task PostDocument_IsNotAnEndpoint_Returns405()
    {
        var client = host.Client();

        var response = await client.PostJsonAsync("/api/v1/documents", new { text = "x" });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}

public sealed class CommitmentAndDocumentApiSqliteTests(SqliteApiHost host) : CommitmentAndDocumentApiTests(host), IClassFixture<SqliteApiHost>;

public sealed class CommitmentAndDocumentApiPostgresTests(PostgresApiHost host) : CommitmentAndDocumentApiTests(host), IClassFixture<PostgresApiHost>;
