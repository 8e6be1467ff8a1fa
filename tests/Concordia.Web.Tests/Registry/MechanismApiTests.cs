using System.Net;
using Concordia.Application.Registry;
using Concordia.Web.Api.Infrastructure;
using Concordia.Web.Api.Registry;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Registry;

public abstract class MechanismApiTests(ApiHost host)
{
    [SkippableFact]
    public async Task GetMechanism_MekongJapan_ReturnsItsSixMembers()
    {
        var client = host.Client();

        var response = await client.GetAsync("/api/v1/mechanisms/mekong-japan");

        var mechanism = await response.ReadAsync<MechanismResponse>();
        Assert.Equal(("mekong-japan", "MJC"), (mechanism.Id, mechanism.ShortName));
        Assert.Equal(["JP", "KH", "LA", "MM", "TH", "VN"], mechanism.Members.Select(m => m.Country).Order());
        Assert.All(mechanism.Members, m => Assert.Equal("member", m.Kind));
        Assert.Equal(ETags.For(mechanism.Version), response.ETag());
    }

    [SkippableTheory]
    [InlineData("/api/v1/mechanisms/no-such-mechanism")]
    [InlineData("/api/v1/memberships/{0}")]
    [InlineData("/api/v1/meetings/{0}")]
    [InlineData("/api/v1/people/{0}")]
    [InlineData("/api/v1/strategies/{0}")]
    [InlineData("/api/v1/commitments/{0}")]
    [InlineData("/api/v1/funds/{0}")]
    [InlineData("/api/v1/contributions/{0}")]
    [InlineData("/api/v1/flows/{0}")]
    [InlineData("/api/v1/documents/{0}")]
    public async Task Get_UnknownId_Returns404Problem(string route)
    {
        var client = host.Client();

        var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, Guid.NewGuid()));

        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Not found", problem.GetProperty("title").GetString());
    }

    [SkippableTheory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task Write_UnknownMeeting_Returns404(string method)
    {
        var client = host.Client();
        var body = method == "DELETE" ? null : new MeetingInput(null, "summit", null, "2025");

        var response = await client.SendJsonAsync(new HttpMethod(method), $"/api/v1/meetings/{Guid.NewGuid()}", body);

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [SkippableTheory]
    [InlineData("JP", "mekong-japan", "mekong-lancang")]
    [InlineData("KR", "mekong-korea", "mekong-japan")]
    [InlineData("CN", "mekong-lancang", "mekong-korea")]
    public async Task ListMechanisms_ByMemberCountry_IncludesOnlyItsMechanisms(string country, string included, string excluded)
    {
        var client = host.Client();

        var page = await (await client.GetAsync($"/api/v1/mechanisms?country={country}&pageSize=200")).ReadAsync<PageResponse<MechanismResponse>>();

        Assert.Contains(included, page.Items.Select(m => m.Id));
        Assert.DoesNotContain(excluded, page.Items.Select(m => m.Id));
        Assert.All(page.Items, m => Assert.Contains(country, m.Members.Select(x => x.Country)));
    }

    [SkippableFact]
    public async Task CreateMechanism_ExistingId_Returns409()
    {
        var client = host.Client();

        var response = await client.PostJsonAsync("/api/v1/mechanisms", new MechanismInput("mekong-japan", "Another", "X"));

        await response.ProblemAsync(HttpStatusCode.Conflict);
    }

    [SkippableFact]
    public async Task CreateMechanism_BadIdAndNoName_Returns400NamingBoth()
    {
        var client = host.Client();

        var response = await client.PostJsonAsync("/api/v1/mechanisms", new MechanismInput("Mekong Japan", " ", "MJ"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["id", "name"], problem.ErrorFields().Order());
    }

    [SkippableFact]
    public async Task DeleteMechanism_WithMeetings_Returns409ThenWithout204()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        var meeting = await client.CreateMeetingAsync(new MeetingInput(mechanism, "summit", 1, "2009-11-07"));

        var inUse = await client.DeleteAsync($"/api/v1/mechanisms/{mechanism}");
        await client.DeleteAsync($"/api/v1/meetings/{meeting.Id}");
        var free = await client.DeleteAsync($"/api/v1/mechanisms/{mechanism}");

        await inUse.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, free.StatusCode);
        await (await client.GetAsync($"/api/v1/mechanisms/{mechanism}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task PatchMechanism_Notes_KeepsNameAndRaisesVersion()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        var before = await (await client.GetAsync($"/api/v1/mechanisms/{mechanism}")).ReadAsync<MechanismResponse>();

        var response = await client.SendJsonAsync(HttpMethod.Patch, $"/api/v1/mechanisms/{mechanism}", new { notes = "Summits since 2009" },
            ETags.For(before.Version), "application/merge-patch+json");

        var after = await response.ReadAsync<MechanismResponse>();
        Assert.Equal((before.Name, "Summits since 2009"), (after.Name, after.Notes));
        Assert.Equal(before.Version + 1, after.Version);
    }

    [SkippableFact]
    public async Task CreateMembership_OverlappingPeriod_Returns400NamingFrom()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        var first = await client.PostJsonAsync("/api/v1/memberships", new MembershipInput(mechanism, "KR", "2011", "2020", null));
        await first.ReadAsync<MembershipResponse>(HttpStatusCode.Created);

        var overlapping = await client.PostJsonAsync("/api/v1/memberships", new MembershipInput(mechanism, "KR", "2015", null, null));
        var later = await client.PostJsonAsync("/api/v1/memberships", new MembershipInput(mechanism, "KR", "2021-01", null, "observer"));

        Assert.Equal(["from"], (await overlapping.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal("observer", (await later.ReadAsync<MembershipResponse>(HttpStatusCode.Created)).Kind);
        var listed = await (await client.GetAsync($"/api/v1/memberships?mechanism={mechanism}")).ReadAsync<PageResponse<MembershipResponse>>();
        Assert.Equal(2, listed.Total);
    }

    [SkippableFact]
    public async Task CreateMembership_NewMember_MovesTheMechanismsETag()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        var before = await client.GetAsync($"/api/v1/mechanisms/{mechanism}");
        await (await client.PostJsonAsync("/api/v1/memberships", new MembershipInput(mechanism, "KR", "2011", null, null)))
            .ReadAsync<MembershipResponse>(HttpStatusCode.Created);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/mechanisms/{mechanism}");
        request.Headers.TryAddWithoutValidation("If-None-Match", before.ETag());

        var after = await client.SendAsync(request);

        Assert.NotEqual(before.ETag(), after.ETag());
        Assert.Equal(["KR"], (await after.ReadAsync<MechanismResponse>()).Members.Select(m => m.Country));
    }

    [SkippableTheory]
    [InlineData("XX", "2011", null, "country")]
    [InlineData("KR", "2020", "2011", "to")]
    [InlineData("KR", "2011", null, "mechanismId")]
    public async Task CreateMembership_BadField_Returns400NamingIt(string country, string from, string? to, string field)
    {
        var client = host.Client();
        var mechanism = field == "mechanismId" ? "no-such-mechanism" : await client.NewMechanismAsync();

        var response = await client.PostJsonAsync("/api/v1/memberships", new MembershipInput(mechanism, country, from, to, null));

        Assert.Equal([field], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [SkippableFact]
    public async Task UpdateMembership_PeriodChanges_CountryIsFixed()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        var created = await (await client.PostJsonAsync("/api/v1/memberships", new MembershipInput(mechanism, "KR", "2011", null, null)))
            .ReadAsync<MembershipResponse>(HttpStatusCode.Created);
        var url = $"/api/v1/memberships/{created.Id}";

        var ended = await client.SendJsonAsync(HttpMethod.Put, url, new MembershipInput(mechanism, "KR", "2011", "2024-06", null));
        var moved = await client.SendJsonAsync(HttpMethod.Put, url, new MembershipInput(mechanism, "JP", "2011", null, null));

        Assert.Equal("2024-06", (await ended.ReadAsync<MembershipResponse>()).To);
        Assert.Equal(["country"], (await moved.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }
}

public sealed class MechanismApiSqliteTests(SqliteApiHost host) : MechanismApiTests(host), IClassFixture<SqliteApiHost>;

public sealed class MechanismApiPostgresTests(PostgresApiHost host) : MechanismApiTests(host), IClassFixture<PostgresApiHost>;
