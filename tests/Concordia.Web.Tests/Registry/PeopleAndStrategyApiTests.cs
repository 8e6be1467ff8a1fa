using System.Net;
using Concordia.Application.Registry;
using Concordia.Web.Api.Infrastructure;
using Concordia.Web.Api.Registry;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Registry;

public abstract class PeopleAndStrategyApiTests(ApiHost host)
{
    [SkippableTheory]
    [InlineData("bui thanh son", true)]
    [InlineData("Bùi Thanh Sơn", true)]
    [InlineData("Son Bui", true)]
    [InlineData("thanh", true)]
    [InlineData("nguyen", false)]
    public async Task ListPeople_ByName_MatchesWithOrWithoutDiacritics(string q, bool found)
    {
        var client = host.Client();
        var person = await (await client.PostJsonAsync("/api/v1/people", new PersonInput("Bùi Thanh Sơn", "VN",
                [new RoleInput("Minister of Foreign Affairs", "Viet Nam", "2021-04")])))
            .ReadAsync<PersonResponse>(HttpStatusCode.Created);

        var page = await (await client.GetAsync($"/api/v1/people?country=VN&q={Uri.EscapeDataString(q)}&pageSize=200"))
            .ReadAsync<PageResponse<PersonResponse>>();

        Assert.Equal(found, page.Items.Any(p => p.Id == person.Id));
        Assert.Equal(["Minister of Foreign Affairs"], person.Roles.Select(r => r.Title));
    }

    [SkippableFact]
    public async Task CreatePerson_RoleEndsBeforeStart_Returns400NamingRoleField()
    {
        var client = host.Client();

        var response = await client.PostJsonAsync("/api/v1/people",
            new PersonInput("Do Hung Viet", "VN", [new RoleInput("Deputy Minister", null, "2024", "2023")]));

        Assert.Equal(["roles[0].to"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [SkippableFact]
    public async Task AddRole_WithCurrentIfMatch_AddsRoleAndRaisesVersion()
    {
        var client = host.Client();
        var created = await client.PostJsonAsync("/api/v1/people", new PersonInput("Do Hung Viet", "VN"));
        var person = await created.ReadAsync<PersonResponse>(HttpStatusCode.Created);

        var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/people/{person.Id}/roles",
            new RoleInput("Deputy Minister of Foreign Affairs", null, "2021"), created.ETag());
        var again = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/people/{person.Id}/roles",
            new RoleInput("Ambassador"), created.ETag());

        var withRole = await response.ReadAsync<PersonResponse>();
        Assert.Equal(["Deputy Minister of Foreign Affairs"], withRole.Roles.Select(r => r.Title));
        Assert.Equal(person.Version + 1, withRole.Version);
        await again.ProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [SkippableTheory]
    [InlineData("Minister of Foreign Affairs", 200)]
    [InlineData("Deputy Prime Minister", 400)]
    public async Task UpdatePerson_RolesAsReadOrChanged_AcceptsOnlyTheStoredRoles(string roleTitle, int status)
    {
        var client = host.Client();
        var person = await (await client.PostJsonAsync("/api/v1/people",
                new PersonInput("Bùi Thanh Sơn", "VN", [new RoleInput("Minister of Foreign Affairs", null, "2021-04")])))
            .ReadAsync<PersonResponse>(HttpStatusCode.Created);

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/people/{person.Id}",
            new PersonInput("Bui Thanh Son", "VN", [new RoleInput(roleTitle, null, "2021-04")]));

        Assert.Equal(status, (int)response.StatusCode);
        if (status == 400) Assert.Equal(["roles"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [SkippableFact]
    public async Task DeletePerson_WhoCoChaired_Returns409()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        var person = await (await client.PostJsonAsync("/api/v1/people", new PersonInput("Iwaya Takeshi", "JP"))).ReadAsync<PersonResponse>(HttpStatusCode.Created);
        await client.CreateMeetingAsync(new MeetingInput(mechanism, "foreign-ministers", 1, "2025-07-10", CoChairIds: [person.Id]));

        var response = await client.DeleteAsync($"/api/v1/people/{person.Id}");

        await response.ProblemAsync(HttpStatusCode.Conflict);
    }

    [SkippableFact]
    public async Task CreateStrategy_WithPillars_ReturnsThemNumbered()
    {
        var client = host.Client();
        var input = new StrategyInput("mekong-japan", "Mekong–Japan Cooperation Strategy 2024", "2024", "2028", "2024-07",
            Pillars: [new PillarInput("Connectivity", ["connectivity"]), new PillarInput("Digital", ["digital-transformation", "innovation"])]);

        var response = await client.PostJsonAsync("/api/v1/strategies", input);

        var strategy = await response.ReadAsync<StrategyResponse>(HttpStatusCode.Created);
        Assert.Equal([(1, "Connectivity"), (2, "Digital")], strategy.Pillars.Select(p => (p.Number, p.Title)));
        Assert.Equal(["digital-transformation", "innovation"], strategy.Pillars[1].PriorityAreas);
        var listed = await (await client.GetAsync("/api/v1/strategies?mechanism=mekong-japan")).ReadAsync<PageResponse<StrategyResponse>>();
        Assert.Contains(strategy.Id, listed.Items.Select(s => s.Id));
    }

    [SkippableTheory]
    [InlineData("2028", "2024", "space-tourism", new[] { "periodTo", "pillars[0].priorityAreas" })]
    [InlineData("2024", "2028", "connectivity", new string[0])]
    public async Task CreateStrategy_BadPeriodOrArea_Returns400NamingFields(string from, string to, string area, string[] fields)
    {
        var client = host.Client();

        var response = await client.PostJsonAsync("/api/v1/strategies",
            new StrategyInput("mekong-japan", "Plan", from, to, Pillars: [new PillarInput("One", [area])]));

        if (fields.Length == 0) Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        else Assert.Equal(fields, (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Order());
    }

    [SkippableFact]
    public async Task UpdateStrategy_ChangesPeriod_MechanismIsFixed()
    {
        var client = host.Client();
        var created = await (await client.PostJsonAsync("/api/v1/strategies", new StrategyInput("mekong-korea", "Action Plan", "2021", "2025")))
            .ReadAsync<StrategyResponse>(HttpStatusCode.Created);
        var url = $"/api/v1/strategies/{created.Id}";

        var extended = await client.SendJsonAsync(HttpMethod.Put, url, new StrategyInput("mekong-korea", "Action Plan", "2021", "2027"));
        var moved = await client.SendJsonAsync(HttpMethod.Put, url, new StrategyInput("mekong-japan", "Action Plan", "2021", "2027"));

        Assert.Equal("2027", (await extended.ReadAsync<StrategyResponse>()).PeriodTo);
        Assert.Equal(["mechanismId"], (await moved.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [SkippableFact]
    public async Task UpdateStrategy_OtherPillars_Returns400NamingPillars()
    {
        var client = host.Client();
        var created = await (await client.PostJsonAsync("/api/v1/strategies",
                new StrategyInput("mekong-korea", "Action Plan", "2021", "2025", Pillars: [new PillarInput("Water", ["water-resources"])])))
            .ReadAsync<StrategyResponse>(HttpStatusCode.Created);

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/strategies/{created.Id}",
            new StrategyInput("mekong-korea", "Action Plan", "2021", "2025", Pillars: [new PillarInput("Energy", ["energy-transition"])]));

        Assert.Equal(["pillars"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }
}

public sealed class PeopleAndStrategyApiSqliteTests(SqliteApiHost host) : PeopleAndStrategyApiTests(host), IClassFixture<SqliteApiHost>;

public sealed class PeopleAndStrategyApiPostgresTests(PostgresApiHost host) : PeopleAndStrategyApiTests(host), IClassFixture<PostgresApiHost>;
