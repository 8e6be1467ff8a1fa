using Concordia.Application.Exports;
using Ical.Net;

namespace Concordia.Application.Tests.Exports;

public class MeetingCalendarTests
{
    private static readonly Dictionary<string, string> Names = new() { ["mekong-japan"] = "Mekong–Japan", ["mekong-korea"] = "Mekong–Korea" };

    [Fact]
    public void Build_SampleMeetings_AllDayEventsOverKnownPeriod_PlannedIncluded_NoYearSkipped()
    {
        var snapshot = Samples.Build();

        var export = MeetingCalendar.Build(snapshot.Meetings, Names, Samples.BaseUrl, Samples.Stamp);

        var parsed = Calendar.Load(export.Text)!;
        var events = parsed.Events.OrderBy(e => e.DtStart!.Value).ToList();
        Assert.Equal(3, export.Events);
        Assert.Equal(["20240701-20240801", "20250710-20250711", "20260101-20270101"],
            events.Select(e => $"{e.DtStart!.Value:yyyyMMdd}-{e.DtEnd!.Value:yyyyMMdd}"));
        Assert.All(events, e => Assert.False(e.DtStart!.HasTime));
        Assert.Equal(["CONFIRMED", "CONFIRMED", "TENTATIVE"], events.Select(e => e.Status));
        Assert.Equal("16th Mekong–Japan foreign ministers meeting", events[1].Summary);
        Assert.Equal("Mekong–Japan Summit, \"resumed\"", events[2].Summary);
        var undated = snapshot.Meetings.Single(m => m.Start is { HasYear: false });
        Assert.Equal((undated.Id, "the year is not known"), (export.Skipped.Single().MeetingId, export.Skipped.Single().Reason));
    }

    [Fact]
    public void Build_TwoExports_SameUidsAndUrlsBackToMeetingPages()
    {
        var snapshot = Samples.Build();

        var first = Calendar.Load(MeetingCalendar.Build(snapshot.Meetings, Names, Samples.BaseUrl, Samples.Stamp).Text)!;
        var second = Calendar.Load(MeetingCalendar.Build(snapshot.Meetings.Reverse(), Names, Samples.BaseUrl, Samples.Stamp.AddDays(1)).Text)!;

        Assert.Equal(first.Events.Select(e => e.Uid), second.Events.Select(e => e.Uid));
        var fmm = snapshot.Meetings.Single(m => m.Ordinal == 16);
        var e16 = first.Events.Single(e => e.Uid == $"{fmm.Id}@concordia");
        Assert.Equal($"https://concordia.example.org/meetings/{fmm.Id}", e16.Url!.ToString());
        Assert.Equal("Kuala Lumpur, MY", e16.Location);
    }

    [Fact]
    public void Build_Text_IsRfc5545Shaped()
    {
        var text = MeetingCalendar.Build(Samples.Build().Meetings, Names, Samples.BaseUrl, Samples.Stamp).Text;

        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Contains("VERSION:2.0\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20250710\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20261123T040000Z\r\n", text, StringComparison.Ordinal);
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
    }
}
