using Concordia.Domain.Registry;
using static Concordia.Domain.Tests.Registry.MeetingTests;

namespace Concordia.Domain.Tests.Registry;

public class MeetingSeriesTests
{
    [Fact]
    public void Build_YearlySeriesWithFiveYearGap_MarksResumption()
    {
        string[] dates = ["2010-07-21", "2011-07-21", "2012-07-11", "2013-07-01", "2018-08-03", "2019-08-01"];
        var meetings = dates.Select((d, i) => Meeting.Create(Fmm(i + 1, d)).Value).ToList();

        var series = Assert.Single(MeetingSeries.Build("mekong-japan", meetings));

        Assert.Equal(MeetingKind.ForeignMinisters, series.Kind);
        Assert.Equal([null, null, null, null, 5, null], series.Entries.Select(e => e.ResumedAfterYears));
        Assert.Null(series.Entries[0].DaysSincePrevious);
        Assert.Equal(365, series.Entries[1].DaysSincePrevious);
    }

    [Fact]
    public void Build_ThreeYearGapInAnnualSummits_SaysThreeYears()
    {
        string[] dates = ["2009-11", "2010-10", "2011-11", "2012-04", "2015-07", "2016"];
        var meetings = dates.Select(d => Meeting.Create(Fmm(null, d) with { Kind = MeetingKind.Summit }).Value);

        var entries = MeetingSeries.Build("mekong-japan", meetings).Single().Entries;

        Assert.Equal(3, entries[4].ResumedAfterYears);
        Assert.Equal(1, entries.Count(e => e.ResumedAfterYears is not null));
    }

    [Fact]
    public void Build_RegularSeries_HasNoResumption()
    {
        var meetings = Enumerable.Range(0, 5).Select(i => Meeting.Create(Fmm(i + 1, $"{2020 + i}-07")).Value);

        var series = MeetingSeries.Build("mekong-japan", meetings).Single();

        Assert.All(series.Entries, e => Assert.Null(e.ResumedAfterYears));
        Assert.Equal(365, series.MedianIntervalDays);
    }

    [Fact]
    public void Build_MixedKindsAndMechanisms_GroupsPerKindOfTheMechanism()
    {
        Meeting[] meetings =
        [
            Meeting.Create(Fmm(1, "2008-01-16")).Value,
            Meeting.Create(Fmm(1, "2009-11-06") with { Kind = MeetingKind.Summit }).Value,
            Meeting.Create(Fmm(2, "2009-07-22")).Value,
            Meeting.Create(Fmm(1, "2011-07-22", mechanism: "mekong-korea")).Value,
        ];

        var series = MeetingSeries.Build("mekong-japan", meetings);

        Assert.Equal([MeetingKind.Summit, MeetingKind.ForeignMinisters], series.Select(s => s.Kind));
        Assert.Equal(2, series.Single(s => s.Kind == MeetingKind.ForeignMinisters).Entries.Count);
    }

    [Fact]
    public void Build_CancelledAndUndatedMeetings_AreLeftOut()
    {
        Meeting[] meetings =
        [
            Meeting.Create(Fmm(1, "2020")).Value,
            Meeting.Create(Fmm(2, "2021") with { Status = MeetingStatus.Cancelled }).Value,
            Meeting.Create(Fmm(3, null)).Value,
            Meeting.Create(Fmm(4, "XXXX-07-26")).Value,
        ];

        var entry = Assert.Single(MeetingSeries.Build("mekong-japan", meetings).Single().Entries);

        Assert.Equal(1, entry.Meeting.Ordinal);
    }
}
