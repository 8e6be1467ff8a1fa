using Concordia.Application.FollowUp;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Values;
using Microsoft.Extensions.Time.Testing;

namespace Concordia.Application.Tests.FollowUp;

public class OverdueTests
{
    private static Commitment WithDeadline(string deadline) =>
        Commitment.Create(new CommitmentDetails("resume the Mekong-Japan Summit by end-2025", CommitmentKind.Agreed, "mekong-japan",
            Deadline: PartialDate.Parse(deadline).Value), new DateOnly(2025, 7, 10)).Value;

    [Theory]
    [InlineData("2025", "2025-12-31", false)]
    [InlineData("2025", "2026-01-01", true)]
    [InlineData("2025-08", "2025-08-31", false)]
    [InlineData("2025-08", "2025-09-01", true)]
    [InlineData("2024-02", "2024-02-29", false)]
    [InlineData("2024-02", "2024-03-01", true)]
    [InlineData("2025-10-15", "2025-10-15", false)]
    [InlineData("2025-10-15", "2025-10-16", true)]
    public void Find_PartialDeadlineBoundary_OverdueOnlyAfterWholePeriod(string deadline, string today, bool expected)
    {
        var found = Overdue.Find([WithDeadline(deadline)], DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, found.Count == 1);
    }

    [Fact]
    public void Find_FulfilledAfterDeadline_NotOverdue()
    {
        var c = WithDeadline("2025");
        c.ChangeStatus(CommitmentStatus.Fulfilled, new DateOnly(2026, 2, 1), Evidence.FromUrl("https://www.mofa.go.jp/s", "held").Value);

        Assert.Empty(Overdue.Find([c], new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void Today_FakeClockInHanoiJustAfterMidnight_UsesLocalDate()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 12, 31, 17, 30, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT"));

        var today = clock.Today();

        Assert.Equal(new DateOnly(2026, 1, 1), today);
        Assert.Single(Overdue.Find([WithDeadline("2025")], today));
    }

    [Fact]
    public void Find_Several_MostOverdueFirstWithDays()
    {
        var found = Overdue.Find([WithDeadline("2025-08"), WithDeadline("2025")], new DateOnly(2026, 1, 10));

        Assert.Equal([132, 10], found.Select(f => f.DaysOverdue));
    }
}
