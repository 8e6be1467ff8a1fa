using Concordia.Domain.Registry;
using Concordia.Domain.Values;

namespace Concordia.Domain.Tests.Registry;

public class MeetingTests
{
    internal static MeetingDetails Fmm(int? ordinal, string? start, string? end = null, string mechanism = "mekong-japan") =>
        new(mechanism, MeetingKind.ForeignMinisters, ordinal, Date(start), Date(end), "Kuala Lumpur", CountryCode.Of("MY"));

    internal static PartialDate? Date(string? iso) => iso is null ? null : PartialDate.Parse(iso).Value;

    [Fact]
    public void Create_SixteenthForeignMinistersMeeting_KeepsDetails()
    {
        var meeting = Meeting.Create(Fmm(16, "2025-07-10")).Value;

        Assert.Equal(16, meeting.Ordinal);
        Assert.Equal("2025-07-10", meeting.Start.ToString());
        Assert.Equal("Kuala Lumpur", meeting.City);
        Assert.Equal(MeetingStatus.Held, meeting.Status);
        Assert.NotEqual(Guid.Empty, meeting.Id);
    }

    [Theory]
    [InlineData("2025-07-10", "2025-07-09")]
    [InlineData("2025-07", "2025-06-30")]
    [InlineData("2025", "2024-12")]
    [InlineData("XXXX-07-26", "XXXX-07-25")]
    public void Create_EndBeforeStart_FailsNamingEnd(string start, string end)
    {
        var result = Meeting.Create(Fmm(16, start, end));

        Assert.False(result.IsSuccess);
        Assert.Equal("end", result.Error!.Field);
        Assert.Equal("period.end-before-start", result.Error.Code);
    }

    [Theory]
    [InlineData("2025-07-10", "2025-07-10")]
    [InlineData("2025-07-10", "2025-07-11")]
    [InlineData("2025-07", "2025-07-01")]
    [InlineData("2025", "2025-03")]
    public void Create_EndNotBeforeStart_Succeeds(string start, string end) =>
        Assert.True(Meeting.Create(Fmm(16, start, end)).IsSuccess);

    [Fact]
    public void Create_SeveralBadFields_ReportsEachField()
    {
        var details = new MeetingDetails("Mekong Japan", MeetingKind.Summit, 0, Date("2025-07-10"), Date("2025-07-01"));

        var fields = Meeting.Create(details).Errors.Select(e => e.Field).ToHashSet();

        Assert.Equal(new HashSet<string?> { "mechanismId", "ordinal", "end" }, fields);
    }

    [Fact]
    public void Create_EndWithoutStart_FailsNamingStart() =>
        Assert.Equal("start", Meeting.Create(Fmm(3, null, "2025-07-10")).Error!.Field);

    [Fact]
    public void Update_WithinItself_FailsNamingWithinMeetingId()
    {
        var meeting = Meeting.Create(Fmm(16, "2025-07-10")).Value;

        var result = meeting.Update(Fmm(16, "2025-07-10") with { WithinMeetingId = meeting.Id });

        Assert.Equal("withinMeetingId", result.Error!.Field);
    }

    [Fact]
    public void SetCoChairs_UnknownPerson_FailsNamingTheIndex()
    {
        var meeting = Meeting.Create(Fmm(16, "2025-07-10")).Value;
        var son = Person.Create("Bui Thanh Son", CountryCode.Of("VN")).Value;
        var notAPerson = Guid.CreateVersion7();

        var result = meeting.SetCoChairs([son.Id, notAPerson], id => id == son.Id);

        Assert.Equal("coChairs[1]", result.Error!.Field);
        Assert.Equal("meeting.co-chair.not-a-person", result.Error.Code);
        Assert.Empty(meeting.CoChairIds);
    }

    [Fact]
    public void SetCoChairs_TwoPeople_KeepsTheirOrder()
    {
        var meeting = Meeting.Create(Fmm(16, "2025-07-10")).Value;
        var son = Person.Create("Bui Thanh Son", CountryCode.Of("VN")).Value;
        var iwaya = Person.Create("Iwaya Takeshi", CountryCode.Of("JP")).Value;

        meeting.SetCoChairs([son, iwaya]);

        Assert.Equal([son.Id, iwaya.Id], meeting.CoChairIds);
    }

    [Fact]
    public void SetCoChairs_SamePersonTwice_Fails()
    {
        var meeting = Meeting.Create(Fmm(16, "2025-07-10")).Value;
        var son = Person.Create("Bui Thanh Son", CountryCode.Of("VN")).Value;

        Assert.Equal("meeting.co-chair.duplicate", meeting.SetCoChairs([son, son]).Error!.Code);
    }

    [Theory]
    [InlineData("foreign-ministers", MeetingKind.ForeignMinisters)]
    [InlineData("senior-officials", MeetingKind.SeniorOfficials)]
    [InlineData("Business-Forum", MeetingKind.BusinessForum)]
    [InlineData("summit", MeetingKind.Summit)]
    public void MeetingKindsParse_VocabularySlug_ReturnsKind(string slug, MeetingKind expected)
    {
        Assert.Equal(expected, MeetingKinds.Parse(slug).Value);
        Assert.Equal(slug.ToLowerInvariant(), expected.ToSlug());
    }

    [Fact]
    public void MeetingKindsParse_UnknownSlug_FailsNamingKind() => Assert.Equal("kind", MeetingKinds.Parse("gala-dinner").Error!.Field);
}
