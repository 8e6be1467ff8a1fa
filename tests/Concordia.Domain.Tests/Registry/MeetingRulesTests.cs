using Concordia.Domain.Registry;
using static Concordia.Domain.Tests.Registry.MeetingTests;

namespace Concordia.Domain.Tests.Registry;

public class MeetingRulesTests
{
    private static readonly Meeting[] Series =
    [
        Meeting.Create(Fmm(14, "2021-08-03")).Value,
        Meeting.Create(Fmm(15, "2023-07")).Value,
        Meeting.Create(Fmm(16, "2025-07-10")).Value,
    ];

    [Fact]
    public void CheckSeries_DuplicateOrdinal_FailsNamingOrdinal()
    {
        var duplicate = Meeting.Create(Fmm(16, "2025-07-11")).Value;

        var errors = MeetingRules.CheckSeries(duplicate, Series);

        Assert.Equal("meeting.ordinal.duplicate", Assert.Single(errors).Code);
        Assert.Equal("ordinal", errors[0].Field);
    }

    [Fact]
    public void CheckSeries_SameOrdinalOtherKindOrMechanism_Passes()
    {
        var summit = Meeting.Create(Fmm(16, "2025-07-11") with { Kind = MeetingKind.Summit }).Value;
        var korea = Meeting.Create(Fmm(16, "2025-07-11", mechanism: "mekong-korea")).Value;

        Assert.Empty(MeetingRules.CheckSeries(summit, Series));
        Assert.Empty(MeetingRules.CheckSeries(korea, Series));
    }

    [Fact]
    public void CheckSeries_UpdatingTheMeetingItself_IsNotADuplicate() =>
        Assert.Empty(MeetingRules.CheckSeries(Series[2], Series));

    [Theory]
    [InlineData(17, "2024-12-01")]
    [InlineData(13, "2022")]
    [InlineData(17, "2023-06")]
    public void CheckSeries_OrdinalAgainstDateOrder_FailsAsOutOfOrder(int ordinal, string date)
    {
        var errors = MeetingRules.CheckSeries(Meeting.Create(Fmm(ordinal, date)).Value, Series);

        Assert.Equal("meeting.ordinal.out-of-order", Assert.Single(errors).Code);
    }

    [Theory]
    [InlineData(17, "2026-07")]
    [InlineData(13, "2020-08-01")]
    [InlineData(17, "2025")]
    public void CheckSeries_OrdinalInDateOrderOrUndecidable_Passes(int ordinal, string date) =>
        Assert.Empty(MeetingRules.CheckSeries(Meeting.Create(Fmm(ordinal, date)).Value, Series));

    [Fact]
    public void CheckSeries_NoOrdinal_Passes() =>
        Assert.Empty(MeetingRules.CheckSeries(Meeting.Create(Fmm(null, "2019")).Value, Series));
}
