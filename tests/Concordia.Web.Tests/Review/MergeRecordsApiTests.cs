using System.Net;
using Concordia.Application.Abstractions;
using Concordia.Application.Review;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Web.Tests.Review;

public abstract class MergeRecordsApiTests(ApiHost host)
{
    [SkippableFact]
    public async Task FindRecords_PersonWithoutDiacritics_ListsThePerson()
    {
        var client = host.Client();
        var marker = "Sơn" + Guid.NewGuid().ToString("N")[..8];
        var person = Person.Create($"Bùi Thanh {marker}", CountryCode.Of("VN")).Value;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IConcordiaDb>();
            db.People.Add(person);
            await db.SaveChangesAsync();
        }

        var found = await (await client.GetAsync($"/api/v1/review/records?kind=person&q=bui+thanh+{Uri.EscapeDataString(PersonName.Fold(marker))}"))
            .ReadAsync<List<RecordChoice>>();

        Assert.Equal(person.Id, Assert.Single(found).Id);
    }

    [SkippableTheory]
    [InlineData("kind=amount&q=usd")]
    [InlineData("kind=planet&q=mars")]
    public async Task FindRecords_KindWithoutRecords_Returns400NamingKind(string query)
    {
        var client = host.Client();

        var response = await client.GetAsync($"/api/v1/review/records?{query}");

        Assert.Equal(["kind"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }
}

public sealed class MergeRecordsApiSqliteTests(SqliteApiHost host) : MergeRecordsApiTests(host), IClassFixture<SqliteApiHost>;

public sealed class MergeRecordsApiPostgresTests(PostgresApiHost host) : MergeRecordsApiTests(host), IClassFixture<PostgresApiHost>;
