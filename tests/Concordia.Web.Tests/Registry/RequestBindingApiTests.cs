using System.Net;
using System.Text;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Registry;

/// <summary>Requests that cannot be bound to an input still get a problem document naming the field.</summary>
public abstract class RequestBindingApiTests(ApiHost host)
{
    [SkippableTheory]
    [InlineData("{\"mechanismId\":\"mekong-japan\",\"kind\":\"summit\",\"ordinal\":\"sixteenth\"}", "ordinal")]
    [InlineData("{\"kind\":\"summit\",\"coChairIds\":[\"Bui Thanh Son\"]}", "coChairIds[0]")]
    [InlineData("{\"kind\":", "body")]
    [InlineData("", "body")]
    public async Task CreateMeeting_UnbindableBody_Returns400NamingField(string body, string field)
    {
        var client = host.Client();

        var response = await client.PostAsync("/api/v1/meetings", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal([field], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [SkippableTheory]
    [InlineData("/api/v1/meetings?page=abc", "page")]
    [InlineData("/api/v1/commitments?meeting=not-a-guid", "meeting")]
    [InlineData("/api/v1/flows?fiscalYear=FY2023", "fiscalYear")]
    public async Task List_UnbindableQuery_Returns400NamingParameter(string url, string field)
    {
        var client = host.Client();

        var response = await client.GetAsync(url);

        Assert.Equal([field], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [SkippableTheory]
    [InlineData("*", HttpStatusCode.OK)]
    [InlineData("W/\"1\"", HttpStatusCode.OK)]
    [InlineData("\"7\", \"1\"", HttpStatusCode.OK)]
    [InlineData("\"abc\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"2\"", HttpStatusCode.PreconditionFailed)]
    public async Task UpdateMeeting_IfMatchForms_MatchOnlyTheStoredVersion(string ifMatch, HttpStatusCode expected)
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        var meeting = await client.CreateMeetingAsync(new Application.Registry.MeetingInput(mechanism, "summit", 1, "2009-11-07"));

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/meetings/{meeting.Id}",
            new Application.Registry.MeetingInput(mechanism, "summit", 1, "2009-11-06"), ifMatch);

        Assert.Equal(expected, response.StatusCode);
    }

    [SkippableFact]
    public async Task CreateMeeting_PlainTextBody_Returns415Problem()
    {
        var client = host.Client();

        var response = await client.PostAsync("/api/v1/meetings", new StringContent("{}", Encoding.UTF8, "text/plain"));

        await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }
}

public sealed class RequestBindingApiSqliteTests(SqliteApiHost host) : RequestBindingApiTests(host), IClassFixture<SqliteApiHost>;
