using System.Net;
using Concordia.Application.Registry;
using Concordia.Web.Api.Infrastructure;
using Concordia.Web.Api.Registry;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Registry;

public abstract class FinanceApiTests(ApiHost host)
{
    [SkippableFact]
    public async Task CreateContribution_ToFund_IsListedUnderItAndGoesWithIt()
    {
        var client = host.Client();
        var fund = await (await client.PostJsonAsync("/api/v1/funds",
                new FundInput("Mekong–Korea Cooperation Fund", "MKCF", "mekong-korea", new MoneyInput(10_000_000m, "USD"))))
            .ReadAsync<FundResponse>(HttpStatusCode.Created);

        var contribution = await (await client.PostJsonAsync("/api/v1/contributions",
                new ContributionInput(fund.Id, "KR", 2024, new MoneyInput(8_000_000m, "usd"))))
            .ReadAsync<ContributionResponse>(HttpStatusCode.Created);
        var listed = await (await client.GetAsync($"/api/v1/contributions?fund={fund.Id}&year=2024")).ReadAsync<PageResponse<ContributionResponse>>();
        var deleted = await client.DeleteAsync($"/api/v1/funds/{fund.Id}");

        Assert.Equal(new MoneyResponse(10_000_000m, "USD"), fund.AnnualTarget);
        Assert.Equal(new MoneyResponse(8_000_000m, "USD"), contribution.Amount);
        Assert.Equal([contribution.Id], listed.Items.Select(c => c.Id));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await (await client.GetAsync($"/api/v1/contributions/{contribution.Id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [SkippableTheory]
    [InlineData(true, "KR", 2024, 1.0, "USD", "fundId")]
    [InlineData(false, "Korea", 2024, 1.0, "USD", "contributor")]
    [InlineData(false, "KR", 1900, 1.0, "USD", "year")]
    [InlineData(false, "KR", 2024, -5.0, "USD", "amount.amount")]
    [InlineData(false, "KR", 2024, 5.0, "dollars", "amount.currency")]
    public async Task CreateContribution_BadField_Returns400NamingIt(bool unknownFund, string contributor, int year, double amount,
        string currency, string field)
    {
        var client = host.Client();
        var fund = await (await client.PostJsonAsync("/api/v1/funds", new FundInput("Fund"))).ReadAsync<FundResponse>(HttpStatusCode.Created);

        var response = await client.PostJsonAsync("/api/v1/contributions",
            new ContributionInput(unknownFund ? Guid.NewGuid() : fund.Id, contributor, year, new MoneyInput((decimal)amount, currency)));

        Assert.Equal([field], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [SkippableFact]
    public async Task CreateFlow_OdaLoan_IsFoundByProviderRecipientAndYear()
    {
        var client = host.Client();
        var input = new FlowInput("ODA loans to Viet Nam", "JP", "VN", new MoneyInput(100_000_000_000m, "JPY"), "loan", 2023, "JICA", "transport");

        var flow = await (await client.PostJsonAsync("/api/v1/flows", input)).ReadAsync<FlowResponse>(HttpStatusCode.Created);
        var found = await (await client.GetAsync("/api/v1/flows?provider=JP&recipient=VN&fiscalYear=2023&type=loan")).ReadAsync<PageResponse<FlowResponse>>();
        var other = await (await client.GetAsync("/api/v1/flows?provider=KR")).ReadAsync<PageResponse<FlowResponse>>();

        Assert.Equal(("loan", "JICA", 100_000_000_000m), (flow.Type, flow.Channel, flow.Amount.Amount));
        Assert.Contains(flow.Id, found.Items.Select(f => f.Id));
        Assert.DoesNotContain(flow.Id, other.Items.Select(f => f.Id));
    }

    [SkippableFact]
    public async Task CreateFlow_BadFields_Returns400NamingEach()
    {
        var client = host.Client();

        var response = await client.PostJsonAsync("/api/v1/flows",
            new FlowInput("ODA loans", "JP", "Vietnam", new MoneyInput(5m, "US$"), "bribe", 2023));

        var fields = (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Order();
        Assert.Equal(["amount.currency", "recipient", "type"], fields);
    }

    [SkippableFact]
    public async Task PatchFlow_Amount_MergesIntoMoney()
    {
        var client = host.Client();
        var flow = await (await client.PostJsonAsync("/api/v1/flows",
                new FlowInput("Grant aid", "JP", "LA", new MoneyInput(1_000_000m, "JPY"), "grant", 2024)))
            .ReadAsync<FlowResponse>(HttpStatusCode.Created);

        var response = await client.SendJsonAsync(HttpMethod.Patch, $"/api/v1/flows/{flow.Id}", new { amount = new { amount = 2_500_000m } },
            mediaType: "application/merge-patch+json");

        Assert.Equal(new MoneyResponse(2_500_000m, "JPY"), (await response.ReadAsync<FlowResponse>()).Amount);
    }

    [SkippableFact]
    public async Task DeleteFlow_WithParts_Returns409()
    {
        var client = host.Client();
        var parent = await (await client.PostJsonAsync("/api/v1/flows",
                new FlowInput("ODA package", "JP", "VN", new MoneyInput(10m, "JPY"), "loan", 2023)))
            .ReadAsync<FlowResponse>(HttpStatusCode.Created);
        await (await client.PostJsonAsync("/api/v1/flows",
                new FlowInput("Part", "JP", "VN", new MoneyInput(4m, "JPY"), "loan", 2023, ParentFlowId: parent.Id)))
            .ReadAsync<FlowResponse>(HttpStatusCode.Created);

        var response = await client.DeleteAsync($"/api/v1/flows/{parent.Id}");

        await response.ProblemAsync(HttpStatusCode.Conflict);
    }
}

public sealed class FinanceApiSqliteTests(SqliteApiHost host) : FinanceApiTests(host), IClassFixture<SqliteApiHost>;

public sealed class FinanceApiPostgresTests(PostgresApiHost host) : FinanceApiTests(host), IClassFixture<PostgresApiHost>;
