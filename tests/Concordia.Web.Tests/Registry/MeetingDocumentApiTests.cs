using System.Net;
using Concordia.Application.Abstractions;
using Concordia.Application.Registry;
using Concordia.Domain.Documents;
using Concordia.Domain.Values;
using Concordia.Web.Api.Registry;
using Concordia.Web.Api.Review;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Web.Tests.Registry;

public abstract class MeetingDocumentApiTests(ApiHost host)
{
    private const string Title = "Joint Statement of the 16th Mekong–Japan Foreign Ministers' Meeting";

    /// <summary>A meeting and a document with one pending meeting fact quoting it; returns the meeting, document and fact ids.</summary>
    private async Task<(Guid Meeting, Guid Document, Guid Fact)> ArrangeAsync(HttpClient client, string title)
    {
        var mechanism = await client.NewMechanismAsync();
        var meeting = await client.CreateMeetingAsync(new MeetingInput(mechanism, "foreign-ministers", 16, "2025-07-10"));
        var text = $"{title}\nKuala Lumpur, 10 July 2025 - The ministers met.";
        var document = Document.Create(text + " " + Guid.NewGuid(), "en", "test://" + Guid.NewGuid(), PartialDate.OfDay(2025, 7, 10), title).Value;
        var quote = "the 16th Mekong–Japan Foreign Ministers' Meeting";
        var payload = $$"""{"mechanism":"{{mechanism}}","kind":"foreign-ministers","ordinal":16}""";
        var at = text.IndexOf(quote, StringComparison.Ordinal);
        var fact = Fact.Create(document.Id, FactKind.Meeting, payload, at < 0 ? new Span(0, 8) : new Span(at, quote.Length), ["test.rule"], 0.9).Value;
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IConcordiaDb>();
        db.Documents.Add(document);
        db.Facts.Add(fact);
        await db.SaveChangesAsync();
        return (meeting.Id, document.Id, fact.Id);
    }

    private static async Task<List<MeetingDocumentResponse>> DocumentsAsync(HttpClient client, Guid meeting) =>
        await (await client.GetAsync($"/api/v1/meetings/{meeting}/documents")).ReadAsync<List<MeetingDocumentResponse>>();

    [SkippableFact]
    public async Task AcceptMeetingFact_StatementTitle_DocumentListedAsOutcome()
    {
        var client = host.Client();
        var (meeting, document, fact) = await ArrangeAsync(client, Title);

        await (await client.PostJsonAsync($"/api/v1/review/facts/{fact}/accept", new ReviewDecisionInput("api@test", null, null, null)))
            .ReadAsync<object>();

        var listed = Assert.Single(await DocumentsAsync(client, meeting));
        Assert.Equal((document, "outcome", 1), (listed.DocumentId, listed.Role, listed.Passages));
    }

    [SkippableFact]
    public async Task AcceptMeetingFact_ReviewerSaysNoOutcome_DocumentListedAsReport()
    {
        var client = host.Client();
        var (meeting, _, fact) = await ArrangeAsync(client, Title);

        await (await client.PostJsonAsync($"/api/v1/review/facts/{fact}/accept", new ReviewDecisionInput("api@test", null, null, null, Outcome: false)))
            .ReadAsync<object>();

        Assert.Equal("report", Assert.Single(await DocumentsAsync(client, meeting)).Role);
    }

    [SkippableFact]
    public async Task PutOutcome_DocumentNotCitedYet_ListedAsOutcomeWithoutPassagesThenDeleteRemovesIt()
    {
        var client = host.Client();
        var (meeting, document, _) = await ArrangeAsync(client, "Ministers meet in Kuala Lumpur");

        var put = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/meetings/{meeting}/outcomes/{document}", null);
        var again = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/meetings/{meeting}/outcomes/{document}", null);
        var marked = await put.ReadAsync<MeetingDocumentResponse>();
        await again.ReadAsync<MeetingDocumentResponse>();
        var listed = await DocumentsAsync(client, meeting);
        var deleted = await client.DeleteAsync($"/api/v1/meetings/{meeting}/outcomes/{document}");

        Assert.Equal(("outcome", 0, "Ministers meet in Kuala Lumpur"), (marked.Role, marked.Passages, marked.Title));
        Assert.Single(listed);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(await DocumentsAsync(client, meeting));
    }

    [SkippableFact]
    public async Task OutcomeEndpoints_UnknownMeetingOrDocument_Return404()
    {
        var client = host.Client();
        var (meeting, _, _) = await ArrangeAsync(client, Title);

        var list = await client.GetAsync($"/api/v1/meetings/{Guid.NewGuid()}/documents");
        var put = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/meetings/{meeting}/outcomes/{Guid.NewGuid()}", null);
        var delete = await client.DeleteAsync($"/api/v1/meetings/{meeting}/outcomes/{Guid.NewGuid()}");

        Assert.StartsWith("there is no meeting '", Detail(await list.ProblemAsync(HttpStatusCode.NotFound)), StringComparison.Ordinal);
        Assert.StartsWith("there is no document '", Detail(await put.ProblemAsync(HttpStatusCode.NotFound)), StringComparison.Ordinal);
        Assert.StartsWith("there is no meeting outcome '", Detail(await delete.ProblemAsync(HttpStatusCode.NotFound)), StringComparison.Ordinal);
    }

    private static string Detail(System.Text.Json.JsonElement problem) => problem.GetProperty("detail").GetString()!;
}

public sealed class MeetingDocumentApiSqliteTests(SqliteApiHost host) : MeetingDocumentApiTests(host), IClassFixture<SqliteApiHost>;

public sealed class MeetingDocumentApiPostgresTests(PostgresApiHost host) : MeetingDocumentApiTests(host), IClassFixture<PostgresApiHost>;
