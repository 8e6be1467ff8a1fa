using System.Text.Json;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests;

public sealed class OpenApiTests(SqliteApiHost host) : IClassFixture<SqliteApiHost>
{
    public static TheoryData<string, string[]> Endpoints => new()
    {
        { "/api/v1/mechanisms", ["get", "post"] },
        { "/api/v1/mechanisms/{id}", ["get", "put", "patch", "delete"] },
        { "/api/v1/memberships/{id}", ["get", "put", "patch", "delete"] },
        { "/api/v1/meetings", ["get", "post"] },
        { "/api/v1/meetings/{id}", ["get", "put", "patch", "delete"] },
        { "/api/v1/people/{id}/roles", ["post"] },
        { "/api/v1/strategies/{id}", ["get", "put", "patch", "delete"] },
        { "/api/v1/commitments/{id}", ["get", "put", "patch", "delete"] },
        { "/api/v1/funds/{id}", ["get", "put", "patch", "delete"] },
        { "/api/v1/contributions/{id}", ["get", "delete"] },
        { "/api/v1/flows/{id}", ["get", "put", "patch", "delete"] },
        { "/api/v1/documents", ["get"] },
        { "/api/v1/documents/{id}", ["get"] },
        { "/api/v1/mechanisms/{id}/series", ["get"] },
        { "/api/v1/countries", ["get"] },
        { "/api/v1/meeting-kinds", ["get"] },
        { "/api/v1/priority-areas", ["get"] },
    };

    [SkippableTheory]
    [MemberData(nameof(Endpoints))]
    public async Task OpenApiDocument_Path_HasEveryMethod(string path, string[] methods)
    {
        var document = await ReadDocumentAsync();

        var item = document.GetProperty("paths").GetProperty(path);

        Assert.Equal(methods.Order(), item.EnumerateObject().Select(p => p.Name).Where(n => n != "parameters").Order());
    }

    [SkippableTheory]
    [InlineData("/api/v1/meetings", "post", "201")]
    [InlineData("/api/v1/meetings/{id}", "put", "412")]
    [InlineData("/api/v1/meetings/{id}", "get", "404")]
    [InlineData("/api/v1/meetings", "get", "400")]
    public async Task OpenApiDocument_Operation_DeclaresResponse(string path, string method, string status)
    {
        var document = await ReadDocumentAsync();

        var responses = document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");

        Assert.True(responses.TryGetProperty(status, out _), $"{method} {path} does not declare {status}");
    }

    [SkippableFact]
    public async Task OpenApiDocument_Schemas_IncludeRequestAndResponseTypes()
    {
        var document = await ReadDocumentAsync();

        var schemas = document.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(p => p.Name).ToHashSet();

        Assert.Superset(new HashSet<string> { "MeetingInput", "MeetingResponse", "MechanismResponse", "FlowInput", "CommitmentResponse" }, schemas);
    }

    [SkippableFact]
    public async Task Docs_Page_ServesTheApiReference()
    {
        var client = host.Client();

        var response = await client.GetAsync("/docs");

        var script = await client.GetAsync("/docs/scalar.js");

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"url\":\"openapi/v1.json\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, script.StatusCode);
    }

    private async Task<JsonElement> ReadDocumentAsync()
    {
        var response = await host.Client().GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
