using System.Net;
using Concordia.Application.Abstractions;
using Concordia.Application.Registry;
using Concordia.Domain;
using Concordia.Web.Api.Registry;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Web.Tests.Registry;

public abstract class SeriesAndVocabularyApiTests(ApiHost host)
{
    [SkippableFact]
    public async Task GetSeries_FiveYearGap_MarksTheResumption()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();
        foreach (var (n, day) in new[] { (1, "2008-01-16"), (2, "2009-01-14"), (3, "2010-01-13"), (4, "2015-01-14") })
            await client.CreateMeetingAsync(new MeetingInput(mechanism, "foreign-ministers", n, day));
        await client.CreateMeetingAsync(new MeetingInput(mechanism, "summit", 1, "2009-11-07"));

        var series = await (await client.GetAsync($"/api/v1/mechanisms/{mechanism}/series")).ReadAsync<List<MeetingSeriesResponse>>();

        var ministers = Assert.Single(series, s => s.Kind == "foreign-ministers");
        Assert.Equal([null, null, null, 5], ministers.Meetings.Select(m => m.ResumedAfterYears));
        Assert.Equal([1, 2, 3, 4], ministers.Meetings.Select(m => m.Meeting.Ordinal ?? 0));
        Assert.Single(series, s => s.Kind == "summit");
    }

    [SkippableFact]
    public async Task GetSeries_UnknownMechanism_Returns404()
    {
        var client = host.Client();

        var response = await client.GetAsync("/api/v1/mechanisms/no-such-mechanism/series");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task ListVocabularies_ShippedReferenceData_AreServed()
    {
        var client = host.Client();

        var countries = await (await client.GetAsync("/api/v1/countries")).ReadAsync<List<CountryResponse>>();
        var kinds = await (await client.GetAsync("/api/v1/meeting-kinds")).ReadAsync<List<MeetingKindResponse>>();
        var areas = await (await client.GetAsync("/api/v1/priority-areas")).ReadAsync<List<PriorityAreaResponse>>();

        Assert.Contains(countries, c => c.Code == "VN" && c.NameVi == "Việt Nam");
        Assert.Contains("foreign-ministers", kinds.Select(k => k.Slug));
        Assert.Contains("digital-transformation", areas.Select(a => a.Code));
        Assert.Equal(countries.Select(c => c.Code).Order(StringComparer.Ordinal), countries.Select(c => c.Code));
    }

    [SkippableFact]
    public async Task CreateMeeting_ThroughTheApi_IsAuditedAsAnonymous()
    {
        var client = host.Client();
        var mechanism = await client.NewMechanismAsync();

        var meeting = await client.CreateMeetingAsync(new MeetingInput(mechanism, "summit", 1, "2009-11-07"));

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IConcordiaDb>();
        var key = meeting.Id.ToString();
        var entry = await db.AuditTrail.SingleAsync(a => a.EntityKey == key);
        Assert.Equal((AuditAction.Created, "anonymous", meeting.Version), (entry.Action, entry.Actor, entry.Version));
    }
}

public sealed class SeriesAndVocabularyApiSqliteTests(SqliteApiHost host) : SeriesAndVocabularyApiTests(host), IClassFixture<SqliteApiHost>;

public sealed class SeriesAndVocabularyApiPostgresTests(PostgresApiHost host) : SeriesAndVocabularyApiTests(host), IClassFixture<PostgresApiHost>;
