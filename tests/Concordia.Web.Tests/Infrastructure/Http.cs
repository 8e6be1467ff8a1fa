using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concordia.Application.Registry;
using Concordia.Web.Api.Registry;

namespace Concordia.Web.Tests.Infrastructure;

/// <summary>Small steps the API tests repeat: send JSON, read a record or a problem document, make a fresh mechanism.</summary>
internal static class Http
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Json);

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object? body,
        string? ifMatch = null, string mediaType = "application/json")
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = new StringContent(JsonSerializer.Serialize(body, Json), Encoding.UTF8, mediaType);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    /// <summary>Reads a successful response's body, failing with the body's text when the status is not the expected one.</summary>
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, Json)!;
    }

    /// <summary>Reads an RFC 9457 problem document after checking its status and media type.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>The fields a validation problem names under "errors".</summary>
    public static IReadOnlyList<string> ErrorFields(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();

    public static string ETag(this HttpResponseMessage response) =>
        response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("the response has no ETag");

    /// <summary>A new mechanism of its own, so each test's meetings and series do not meet another test's.</summary>
    public static async Task<string> NewMechanismAsync(this HttpClient client)
    {
        var id = "test-" + Guid.NewGuid().ToString("N")[..12];
        var response = await client.PostJsonAsync("/api/v1/mechanisms", new MechanismInput(id, "Test cooperation " + id, "TC"));
        await response.ReadAsync<MechanismResponse>(HttpStatusCode.Created);
        return id;
    }

    public static async Task<MeetingResponse> CreateMeetingAsync(this HttpClient client, MeetingInput input)
    {
        var response = await client.PostJsonAsync("/api/v1/meetings", input);
        return await response.ReadAsync<MeetingResponse>(HttpStatusCode.Created);
    }
}
