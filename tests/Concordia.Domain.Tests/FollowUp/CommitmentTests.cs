using Concordia.Domain.FollowUp;
using Concordia.Domain.Values;

namespace Concordia.Domain.Tests.FollowUp;

public class CommitmentTests
{
    private static readonly DateOnly Made = new(2025, 7, 10);

    private static Commitment Resume(CommitmentKind kind = CommitmentKind.Agreed, string? deadline = "2025") =>
        Commitment.Create(new CommitmentDetails("resume the Mekong-Japan Summit", kind, "mekong-japan",
            Deadline: deadline is null ? null : PartialDate.Parse(deadline).Value), Made).Value;

    private static Evidence Url() => Evidence.FromUrl("https://www.mofa.go.jp/summit", "Summit held in Tokyo").Value;

    [Theory]
    [InlineData(CommitmentKind.Agreed, CommitmentStatus.Agreed)]
    [InlineData(CommitmentKind.Pledged, CommitmentStatus.Agreed)]
    [InlineData(CommitmentKind.Approved, CommitmentStatus.Agreed)]
    [InlineData(CommitmentKind.Proposed, CommitmentStatus.Proposed)]
    public void Create_ByKind_StartsAtStatusWithOneDatedEntry(CommitmentKind kind, CommitmentStatus expected)
    {
        var c = Resume(kind);

        Assert.Equal(expected, c.Status);
        Assert.Equal((expected, Made), (Assert.Single(c.History).Status, c.History[0].On));
    }

    [Theory]
    [InlineData(CommitmentStatus.Proposed, CommitmentStatus.InProgress)]
    [InlineData(CommitmentStatus.Proposed, CommitmentStatus.Fulfilled)]
    [InlineData(CommitmentStatus.Agreed, CommitmentStatus.Proposed)]
    [InlineData(CommitmentStatus.Agreed, CommitmentStatus.Agreed)]
    [InlineData(CommitmentStatus.Fulfilled, CommitmentStatus.InProgress)]
    [InlineData(CommitmentStatus.Lapsed, CommitmentStatus.Agreed)]
    [InlineData(CommitmentStatus.NotFulfilled, CommitmentStatus.Fulfilled)]
    public void CanMove_DisallowedTransition_IsFalse(CommitmentStatus from, CommitmentStatus to) =>
        Assert.False(CommitmentStatuses.CanMove(from, to));

    [Fact]
    public void ChangeStatus_FullPath_RecordsEachDatedStep()
    {
        var c = Resume(CommitmentKind.Proposed);

        c.ChangeStatus(CommitmentStatus.Agreed, new DateOnly(2025, 8, 1));
        c.ChangeStatus(CommitmentStatus.InProgress, new DateOnly(2025, 9, 1), note: "dates being discussed");
        var done = c.ChangeStatus(CommitmentStatus.Fulfilled, new DateOnly(2025, 12, 5), Url());

        Assert.True(done.IsSuccess);
        Assert.Equal([CommitmentStatus.Proposed, CommitmentStatus.Agreed, CommitmentStatus.InProgress, CommitmentStatus.Fulfilled],
            c.History.Select(h => h.Status));
        Assert.Equal("https://www.mofa.go.jp/summit", c.History[^1].Evidence!.Url);
        Assert.Equal(1, c.ComplianceScore);
    }

    [Fact]
    public void ChangeStatus_DisallowedTransition_FailsNamingStatusAndKeepsState()
    {
        var c = Resume(CommitmentKind.Proposed);

        var result = c.ChangeStatus(CommitmentStatus.InProgress, new DateOnly(2025, 8, 1));

        Assert.Equal(("status", "commitment.transition"), (result.Error!.Field, result.Error.Code));
        Assert.Equal(CommitmentStatus.Proposed, c.Status);
        Assert.Single(c.History);
    }

    [Theory]
    [InlineData(CommitmentStatus.Fulfilled)]
    [InlineData(CommitmentStatus.NotFulfilled)]
    public void ChangeStatus_OutcomeWithoutEvidence_FailsNamingEvidence(CommitmentStatus outcome)
    {
        var c = Resume();

        var result = c.ChangeStatus(outcome, new DateOnly(2026, 1, 5));

        Assert.Equal("evidence", result.Error!.Field);
        Assert.Equal(CommitmentStatus.Agreed, c.Status);
    }

    [Fact]
    public void ChangeStatus_NotFulfilledWithDocumentSpan_KeepsTheSpan()
    {
        var c = Resume();
        var doc = Guid.CreateVersion7();

        c.ChangeStatus(CommitmentStatus.NotFulfilled, new DateOnly(2026, 1, 5), Evidence.FromDocument(doc, new Span(812, 89)).Value);

        Assert.Equal((doc, new Span(812, 89)), (c.History[^1].Evidence!.DocumentId!.Value, c.History[^1].Evidence!.Span!.Value));
        Assert.Equal(-1, c.ComplianceScore);
    }

    [Fact]
    public void ChangeStatus_PartlyFulfilledWithoutEvidence_Succeeds() =>
        Assert.True(Resume().ChangeStatus(CommitmentStatus.PartlyFulfilled, new DateOnly(2026, 1, 5)).IsSuccess);

    [Fact]
    public void ChangeStatus_DatedBeforeLastChange_FailsNamingOn() =>
        Assert.Equal("on", Resume().ChangeStatus(CommitmentStatus.InProgress, new DateOnly(2025, 7, 9)).Error!.Field);

    [Theory]
    [InlineData("2025", "2025-12-31", false)]
    [InlineData("2025", "2026-01-01", true)]
    [InlineData("2025-12", "2025-12-31", false)]
    [InlineData("2027", "2026-06-30", false)]
    [InlineData("2025-12-31", "2026-01-01", true)]
    public void IsOverdue_ByDeadlinePeriod_FlagsOnlyAfterItEnds(string deadline, string today, bool expected) =>
        Assert.Equal(expected, Resume(deadline: deadline).IsOverdue(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void IsOverdue_FulfilledOrNoDeadline_IsFalse()
    {
        var done = Resume();
        done.ChangeStatus(CommitmentStatus.Fulfilled, new DateOnly(2025, 12, 1), Url());

        Assert.False(done.IsOverdue(new DateOnly(2026, 6, 1)));
        Assert.False(Resume(deadline: null).IsOverdue(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void Create_DeadlineWithoutYear_FailsNamingDeadline()
    {
        var details = new CommitmentDetails("hold a business forum", CommitmentKind.Proposed, Deadline: PartialDate.OfDayMonth(7, 26));

        Assert.Equal("deadline", Commitment.Create(details, Made).Error!.Field);
    }

    [Theory]
    [InlineData("ftp://example.org/x", "note")]
    [InlineData("not a url", "note")]
    [InlineData("https://example.org/x", " ")]
    public void EvidenceFromUrl_BadUrlOrMissingNote_Fails(string url, string note) =>
        Assert.False(Evidence.FromUrl(url, note).IsSuccess);

    [Theory]
    [InlineData("in-progress", CommitmentStatus.InProgress)]
    [InlineData("partly-fulfilled", CommitmentStatus.PartlyFulfilled)]
    [InlineData("lapsed", CommitmentStatus.Lapsed)]
    public void StatusParse_Slug_RoundTrips(string slug, CommitmentStatus status)
    {
        Assert.Equal(status, CommitmentStatuses.Parse(slug).Value);
        Assert.Equal(slug, status.ToSlug());
    }
}
