using System.Net;
using Concordia.Application.Registry;
using Concordia.Web.Api.Infrastructure;
using Concordia.Web.Api.Registry;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Registry;

public abstract class MeetingApiTests(ApiHost host)
{
    [SkippableFact]
    public async Task CreateMeeting_DuplicateOrdinalInSeries_Returns400NamingOrdinal()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        await client.CreateMeetingAsync(new MeetingInput(mechanism, "foreign-ministers", 16, "2025-07-10", City: "Kuala Lumpur", Country: "MY"));

        var response = await client.PostJsonAsync("/api/v1/meetings", new MeetingInput(mechanism, "foreign-ministers", 16, "2025-07-11"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["ordinal"], problem.ErrorFields());
    }

    [SkippableFact]
    public async Task CreateMeeting_SameOrdinalInParallel_OneIsCreatedTheOthersNameOrdinal()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            client.PostJsonAsync("/api/v1/meetings", new MeetingInput(mechanism, "summit", 1, "2009-11-07"))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            Assert.Equal(["ordinal"], (await refused.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [SkippableFact]
    public async Task CreateMeeting_SameOrdinalOfAnotherKind_Returns201()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        await client.CreateMeetingAsync(new MeetingInput(mechanism, "foreign-ministers", 16, "2025-07-10"));

        var summit = await client.CreateMeetingAsync(new MeetingInput(mechanism, "summit", 16, "2025-10-27"));

        Assert.Equal("summit", summit.Kind);
        Assert.Equal(16, summit.Ordinal);
    }

    [SkippableTheory]
    [InlineData("2025-07-10", "2025-07-09")]
    [InlineData("2025-07", "2025-06")]
    [InlineData("2025", "2024-12-31")]
    public async Task CreateMeeting_EndBeforeStart_Returns400NamingEnd(string start, string end)
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();

        var response = await client.PostJsonAsync("/api/v1/meetings", new MeetingInput(mechanism, "summit", 1, start, end));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["end"], problem.ErrorFields());
    }

    [SkippableFact]
    public async Task CreateMeeting_SeveralBadFields_NamesEachField()
    {
        var client = host.Client();

        var response = await client.PostJsonAsync("/api/v1/meetings",
            new MeetingInput("no-such-mechanism", "tea-party", 1, "10 July 2025", Country: "Malaysia"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["country", "kind", "mechanismId", "start"], problem.ErrorFields().Order());
    }

    [SkippableFact]
    public async Task CreateMeeting_Valid_Returns201WithLocationAndETag()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();

        var response = await client.PostJsonAsync("/api/v1/meetings",
            new MeetingInput(mechanism, "foreign-ministers", 16, "2025-07-10", City: "Kuala Lumpur", Country: "MY"));

        var created = await response.ReadAsync<MeetingResponse>(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/meetings/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(ETags.For(created.Version), response.ETag());
        var read = await (await client.GetAsync(response.Headers.Location)).ReadAsync<MeetingResponse>();
        Assert.Equal(("2025-07-10", "Kuala Lumpur", "MY", "held"), (read.Start, read.City, read.Country, read.Status));
    }

    [SkippableFact]
    public async Task UpdateMeeting_StaleIfMatch_Returns412AndKeepsRecord()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        var meeting = await client.CreateMeetingAsync(new MeetingInput(mechanism, "summit", 1, "2009-11-07", City: "Tokyo"));
        var url = $"/api/v1/meetings/{meeting.Id}";
        var first = await client.SendJsonAsync(HttpMethod.Put, url, new MeetingInput(mechanism, "summit", 1, "2009-11-07", City: "Tōkyō"),
            ETags.For(meeting.Version));
        var updated = await first.ReadAsync<MeetingResponse>();

        var stale = await client.SendJsonAsync(HttpMethod.Put, url, new MeetingInput(mechanism, "summit", 1, "2009-11-06"), ETags.For(meeting.Version));

        await stale.ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(ETags.For(updated.Version), first.ETag());
        Assert.True(updated.Version > meeting.Version);
        var read = await (await client.GetAsync(url)).ReadAsync<MeetingResponse>();
        Assert.Equal(("2009-11-07", "Tōkyō"), (read.Start, read.City));
    }

    [SkippableFact]
    public async Task DeleteMeeting_StaleThenCurrentIfMatch_Returns412Then204()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        var meeting = await client.CreateMeetingAsync(new MeetingInput(mechanism, "summit", 1, "2009-11-07"));
        var url = $"/api/v1/meetings/{meeting.Id}";

        var stale = await client.SendJsonAsync(HttpMethod.Delete, url, null, ETags.For(meeting.Version + 1));
        var current = await client.SendJsonAsync(HttpMethod.Delete, url, null, ETags.For(meeting.Version));

        await stale.ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.NoContent, current.StatusCode);
        await (await client.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task UpdateMeeting_NoIfMatch_IsUnconditional()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        var meeting = await client.CreateMeetingAsync(new MeetingInput(mechanism, "summit", 1, "2009-11-07"));

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/meetings/{meeting.Id}", new MeetingInput(mechanism, "summit", 2, "2009-11-07"));

        Assert.Equal(2, (await response.ReadAsync<MeetingResponse>()).Ordinal);
    }

    [SkippableFact]
    public async Task GetMeeting_IfNoneMatchCurrent_Returns304()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        var meeting = await client.CreateMeetingAsync(new MeetingInput(mechanism, "summit", 1, "2009-11-07"));
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/meetings/{meeting.Id}");
        request.Headers.TryAddWithoutValidation("If-None-Match", ETags.For(meeting.Version));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [SkippableFact]
    public async Task PatchMeeting_OneField_ChangesOnlyThatField()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        var meeting = await client.CreateMeetingAsync(new MeetingInput(mechanism, "foreign-ministers", 16, "2025-07-10", City: "Kuala Lumpur"));

        var response = await client.SendJsonAsync(HttpMethod.Patch, $"/api/v1/meetings/{meeting.Id}", new { status = "planned" },
            mediaType: "application/merge-patch+json");

        var patched = await response.ReadAsync<MeetingResponse>();
        Assert.Equal(("planned", 16, "Kuala Lumpur", "2025-07-10"), (patched.Status, patched.Ordinal, patched.City, patched.Start));
    }

    [SkippableTheory]
    [InlineData("{\"venue\": \"Hanoi\"}", "venue")]
    [InlineData("{\"end\": \"2025-07-01\"}", "end")]
    [InlineData("{\"ordinal\": \"sixteenth\"}", "ordinal")]
    public async Task PatchMeeting_BadPatch_Returns400NamingField(string patch, string field)
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        var meeting = await client.CreateMeetingAsync(new MeetingInput(mechanism, "foreign-ministers", 16, "2025-07-10"));
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/meetings/{meeting.Id}")
        {
            Content = new StringContent(patch, System.Text.Encoding.UTF8, "application/merge-patch+json"),
        };

        var response = await client.SendAsync(request);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorFields());
    }

    [SkippableFact]
    public async Task ListMeetings_PagedByTwo_ReturnsTotalsAndLinks()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        foreach (var (n, day) in new[] { (1, "2008-01-16"), (2, "2009-07-23"), (3, "2010-07-21") })
            await client.CreateMeetingAsync(new MeetingInput(mechanism, "foreign-ministers", n, day));

        var first = await client.GetAsync($"/api/v1/meetings?mechanism={mechanism}&pageSize=2");
        var second = await client.GetAsync($"/api/v1/meetings?mechanism={mechanism}&pageSize=2&page=2");

        var one = await first.ReadAsync<PageResponse<MeetingResponse>>();
        var two = await second.ReadAsync<PageResponse<MeetingResponse>>();
        Assert.Equal((3, 2, 2), (one.Total, one.PageCount, one.Items.Count));
        Assert.Equal([1, 2], one.Items.Select(m => m.Ordinal));
        Assert.Equal([3], two.Items.Select(m => m.Ordinal));
        var link = string.Join(",", first.Headers.GetValues("Link"));
        Assert.Contains($"mechanism={mechanism}&pageSize=2&page=2>; rel=\"next\"", link, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", string.Join(",", second.Headers.GetValues("Link")), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("from=2009&to=2009", new[] { 2 })]
    [InlineData("from=2009-08", new[] { 3 })]
    [InlineData("to=2009-07-23", new[] { 1, 2 })]
    [InlineData("kind=summit", new int[0])]
    public async Task ListMeetings_Filtered_ReturnsMatchingOrdinals(string filter, int[] expected)
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        foreach (var (n, day) in new[] { (1, "2008-01-16"), (2, "2009-07-23"), (3, "2010-07-21") })
            await client.CreateMeetingAsync(new MeetingInput(mechanism, "foreign-ministers", n, day));

        var page = await (await client.GetAsync($"/api/v1/meetings?mechanism={mechanism}&{filter}")).ReadAsync<PageResponse<MeetingResponse>>();

        Assert.Equal(expected, page.Items.Select(m => m.Ordinal ?? 0));
    }

    [SkippableTheory]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("kind=banquet", "kind")]
    [InlineData("from=July", "from")]
    public async Task ListMeetings_BadQuery_Returns400NamingParameter(string query, string field)
    {
        var client = host.Client();

        var response = await client.GetAsync($"/api/v1/meetings?{query}");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorFields());
    }

    [SkippableFact]
    public async Task UpdateMeeting_CoChairs_AreReplacedInOrder()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        var a = await (await client.PostJsonAsync("/api/v1/people", new PersonInput("Bùi Thanh Sơn", "VN"))).ReadAsync<PersonResponse>(HttpStatusCode.Created);
        var b = await (await client.PostJsonAsync("/api/v1/people", new PersonInput("Iwaya Takeshi", "JP"))).ReadAsync<PersonResponse>(HttpStatusCode.Created);
        var meeting = await client.CreateMeetingAsync(new MeetingInput(mechanism, "foreign-ministers", 16, "2025-07-10", CoChairIds: [a.Id, b.Id]));

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/meetings/{meeting.Id}",
            new MeetingInput(mechanism, "foreign-ministers", 16, "2025-07-10", CoChairIds: [b.Id]));

        Assert.Equal([a.Id, b.Id], meeting.CoChairIds);
        Assert.Equal([b.Id], (await response.ReadAsync<MeetingResponse>()).CoChairIds);
    }

    [SkippableFact]
    public async Task CreateMeeting_UnknownCoChair_Returns400NamingCoChair()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();

        var response = await client.PostJsonAsync("/api/v1/meetings",
            new MeetingInput(mechanism, "foreign-ministers", 16, "2025-07-10", CoChairIds: [Guid.NewGuid()]));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["coChairs[0]"], problem.ErrorFields());
    }
}

public sealed class MeetingApiSqliteTests(SqliteApiHost host) : MeetingApiTests(host), IClassFixture<SqliteApiHost>;

public sealed class MeetingApiPostgresTests(PostgresApiHost host) : MeetingApiTests(host), IClassFixture<PostgresApiHost>;
