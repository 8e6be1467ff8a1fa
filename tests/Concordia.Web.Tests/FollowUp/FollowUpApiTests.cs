using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concordia.Domain.Finance;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Values;

namespace Concordia.Web.Tests.FollowUp;

public sealed class FollowUpApiTests(FollowUpHost host) : IClassFixture<FollowUpHost>
{
    private async Task<Commitment> StoreAsync(string action, string? deadline = null)
    {
        var c = Commitment.Create(new CommitmentDetails(action, CommitmentKind.Agreed, "mekong-japan", PriorityArea: "connectivity",
            Deadline: deadline is null ? null : PartialDate.Parse(deadline).Value), new DateOnly(2024, 7, 10)).Value;
        await host.Db(async db =>
        {
            db.Commitments.Add(c);
            return await db.SaveChangesAsync();
        });
        return c;
    }

    [Fact]
    public async Task PostStatus_WithUrlEvidence_200WithHistoryAndETag()
    {
        var c = await StoreAsync("resume the Mekong–Japan Summit");

        var response = await host.Client.PostAsJsonAsync($"/api/v1/commitments/{c.Id}/status", new
        {
            status = "fulfilled", on = "2025-12-05", evidence = new { url = "https://www.mofa.go.jp/summit", note = "Summit held in Tokyo" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("fulfilled", body.RootElement.GetProperty("commitment").GetProperty("status").GetString());
        Assert.Equal("https://www.mofa.go.jp/summit", body.RootElement.GetProperty("history")[0].GetProperty("evidenceUrl").GetString());
        Assert.Equal($"\"{body.RootElement.GetProperty("version").GetInt64()}\"", response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task PostStatus_NoEvidenceForFulfilled_400ProblemNamingEvidence_StaleIfMatch_412()
    {
        var c = await StoreAsync("resume the Mekong–Japan Summit");

        var refused = await host.Client.PostAsJsonAsync($"/api/v1/commitments/{c.Id}/status", new { status = "fulfilled", on = "2025-12-05" });
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/commitments/{c.Id}/status")
        {
            Content = JsonContent.Create(new { status = "in-progress", on = "2025-12-05" }),
        };
        request.Headers.IfMatch.ParseAdd("\"99\"");
        var stale = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"evidence\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    [Fact]
    public async Task PostStatusUpdates_DryRunWithBadLines_400KeyedByLine_NothingChanged()
    {
        var c = await StoreAsync("hold the business forum");
        var csv = $"commitment_id,status,on\n{c.Id},in-progress,2025-01-10\n{c.Id},proposed,2025-01-11\n";

        var response = await host.Client.PostAsync("/api/v1/commitments/status-updates?dryRun=true", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["line 3: status"], body.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        var stored = await host.Db(db => Task.FromResult(db.Commitments.Single(x => x.Id == c.Id)));
        Assert.Single(stored.History);
    }

    [Fact]
    public async Task GetOverdueAndCompliance_200()
    {
        var late = await StoreAsync("adopt the action plan", "2024-12");

        var overdue = await host.Client.GetFromJsonAsync<JsonElement>("/api/v1/commitments/overdue?mechanism=mekong-japan");
        var compliance = await host.Client.GetFromJsonAsync<JsonElement>("/api/v1/compliance?mechanism=mekong-japan");

        Assert.Contains(overdue.EnumerateArray(), o => o.GetProperty("commitment").GetProperty("id").GetGuid() == late.Id
                                                       && o.GetProperty("deadlineEnd").GetString() == "2024-12-31");
        Assert.Equal("mekong-japan", compliance.GetProperty("byMechanism")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task FundTargetsAndReport_RoundTripThroughApi()
    {
        var fund = Fund.Create("Mekong–Korea Cooperation Fund", "MKCF", "mekong-korea").Value;
        await host.Db(async db =>
        {
            db.Funds.Add(fund);
            db.Contributions.Add(Contribution.Create(fund.Id, CountryCode.Of("KR"), 2025, new Money(7_000_000m, Currency.Usd)).Value);
            return await db.SaveChangesAsync();
        });

        var put = await host.Client.PutAsJsonAsync($"/api/v1/funds/{fund.Id}/targets",
            new { fromYear = 2024, from = 6_000_000m, toYear = 2027, to = 10_000_000m, currency = "USD" });
        var report = await host.Client.GetFromJsonAsync<JsonElement>($"/api/v1/funds/{fund.Id}/report");
        var missing = await host.Client.GetAsync($"/api/v1/funds/{Guid.CreateVersion7()}/report");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("USD", report.GetProperty("currency").GetString());
        Assert.Equal(333_333.33m, report.GetProperty("years")[1].GetProperty("gap").GetDecimal());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
