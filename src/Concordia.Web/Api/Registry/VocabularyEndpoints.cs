using Concordia.Application.Registry;
using Concordia.Domain.Registry;

namespace Concordia.Web.Api.Registry;

public sealed record CountryResponse(string Code, string NameEn, string NameVi);

public sealed record MeetingKindResponse(string Slug, string NameEn, string NameVi);

public sealed record PriorityAreaResponse(string Code, string NameEn, string NameVi, IReadOnlyList<int> Sdgs);

/// <summary>One meeting of a series: days since the previous one, and the years of a gap it ended (when over 1.5 × the median).</summary>
public sealed record SeriesEntryResponse(MeetingResponse Meeting, int? DaysSincePrevious, int? ResumedAfterYears);

public sealed record MeetingSeriesResponse(string MechanismId, string Kind, double? MedianIntervalDays, IReadOnlyList<SeriesEntryResponse> Meetings)
{
    public static MeetingSeriesResponse Of(MeetingSeries s) => new(s.MechanismId, s.Kind.ToSlug(), s.MedianIntervalDays,
        s.Entries.Select(e => new SeriesEntryResponse(MeetingResponse.Of(e.Meeting), e.DaysSincePrevious, e.ResumedAfterYears)).ToList());
}

internal static class VocabularyEndpoints
{
    public static void MapVocabularies(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").WithTags("Reference vocabularies");
        g.MapGet("/countries", async (VocabularyService s, CancellationToken ct) =>
                TypedResults.Ok((await s.CountriesAsync(ct)).Select(c => new CountryResponse(c.Code.Value, c.NameEn, c.NameVi)).ToList()))
            .WithName("ListCountries").WithSummary("ISO 3166-1 countries with English and Vietnamese names (not paged)");
        g.MapGet("/meeting-kinds", async (VocabularyService s, CancellationToken ct) =>
                TypedResults.Ok((await s.MeetingKindsAsync(ct)).Select(k => new MeetingKindResponse(k.Slug, k.NameEn, k.NameVi)).ToList()))
            .WithName("ListMeetingKinds").WithSummary("The meeting kinds a meeting's kind is one of (not paged)");
        g.MapGet("/priority-areas", async (VocabularyService s, CancellationToken ct) =>
                TypedResults.Ok((await s.PriorityAreasAsync(ct)).Select(a => new PriorityAreaResponse(a.Code, a.NameEn, a.NameVi, a.Sdgs)).ToList()))
            .WithName("ListPriorityAreas").WithSummary("Priority areas of cooperation with the SDGs they serve (not paged)");
    }
}
