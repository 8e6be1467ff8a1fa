using System.Net;
using System.Text.Json;
using Concordia.Web.Tests.FollowUp;

namespace Concordia.Web.Tests.Exports;

public sealed class ExportsApiTests(FollowUpHost host) : IClassFixture<FollowUpHost>
{
    [Theory]
    [InlineData("csv?kind=mechanisms", "text/csv", "id,name,short_name,members,notes")]
    [InlineData("json?kind=countries", "application/json", "\"name_vi\"")]
    [InlineData("ical", "text/calendar", "BEGIN:VCALENDAR")]
    public async Task GetExport_Format_FileWithContentType(string query, string mediaType, string expected)
    {
        var response = await host.Client.GetAsync($"/api/v1/exports/{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", "kind")]
    [InlineData("pdf", "format")]
    [InlineData("json?kind=meetings&from=July", "from")]
    [InlineData("iati?kind=meetings", "kind")]
    public async Task GetExport_BadRequest_ProblemNamesField(string query, string field)
    {
        var response = await host.Client.GetAsync($"/api/v1/exports/{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }
}
