using Concordia.Domain.Finance;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Storage.Tests;

public abstract class FollowUpStorageTests<TDb>(TDb database) : StorageTestBase<TDb>(database) where TDb : TestDatabase
{
    [SkippableFact]
    public async Task Commitment_WithHistoryAndEvidence_RoundTripsInOrder()
    {
        var mechanism = await NewMechanismAsync();
        var doc = Guid.CreateVersion7();
        var c = Commitment.Create(new CommitmentDetails("raise the fund contribution to USD 10 million a year", CommitmentKind.Pledged,
            mechanism, Parties: [C("KR")], PriorityArea: "connectivity", Deadline: D("2027"), Target: new Money(10_000_000m, Currency.Usd)),
            new DateOnly(2024, 7, 26)).Value;
        c.ChangeStatus(CommitmentStatus.InProgress, new DateOnly(2025, 1, 10), note: "first instalment paid");
        c.ChangeStatus(CommitmentStatus.Fulfilled, new DateOnly(2025, 1, 10), Evidence.FromDocument(doc, new Span(120, 42), "statement").Value);
        await InScopeAsync(async db =>
        {
            db.Commitments.Add(c);
            await db.SaveChangesAsync();
        });

        var read = await InScopeAsync(db => db.Commitments.SingleAsync(x => x.Id == c.Id));

        Assert.Equal([CommitmentStatus.Agreed, CommitmentStatus.InProgress, CommitmentStatus.Fulfilled], read.History.Select(h => h.Status));
        Assert.Equal((doc, new Span(120, 42), "statement"), (read.History[2].Evidence!.DocumentId!.Value, read.History[2].Evidence!.Span!.Value, read.History[2].Evidence!.Note!));
        Assert.Null(read.History[1].Evidence);
        Assert.Equal([C("KR")], read.Parties);
        Assert.Equal(("2027", new Money(10_000_000m, Currency.Usd)), (read.Deadline.ToString()!, read.Target!.Value));
        Assert.Equal(CommitmentStatus.Fulfilled, read.Status);
    }

    [SkippableFact]
    public async Task Commitments_OverdueQuery_FindsOpenOnesPastTheirDeadline()
    {
        var mechanism = await NewMechanismAsync();
        var late = NewCommitment(mechanism, "resume the summit", "2025");
        var onTime = NewCommitment(mechanism, "hold a business forum", "2026-06");
        var done = NewCommitment(mechanism, "adopt the action plan", "2025-03");
        done.ChangeStatus(CommitmentStatus.Fulfilled, new DateOnly(2025, 3, 1), Evidence.FromUrl("https://example.org/plan", "adopted").Value);
        await InScopeAsync(async db =>
        {
            db.Commitments.AddRange(late, onTime, done);
            await db.SaveChangesAsync();
        });

        var today = new DateOnly(2026, 1, 2);
        var stored = await InScopeAsync(db => db.Commitments.Where(x => x.MechanismId == mechanism).ToListAsync());

        Assert.Equal([late.Id], stored.Where(x => x.IsOverdue(today)).Select(x => x.Id));
    }

    [SkippableFact]
    public async Task StatusChange_OnStoredCommitment_RaisesItsVersion()
    {
        var mechanism = await NewMechanismAsync();
        var c = NewCommitment(mechanism, "resume the summit", "2025");
        await InScopeAsync(async db =>
        {
            db.Commitments.Add(c);
            await db.SaveChangesAsync();
        });

        await InScopeAsync(async db =>
        {
            var stored = await db.Commitments.SingleAsync(x => x.Id == c.Id);
            stored.ChangeStatus(CommitmentStatus.InProgress, new DateOnly(2025, 9, 1));
            await db.SaveChangesAsync();
        });
        var read = await InScopeAsync(db => db.Commitments.SingleAsync(x => x.Id == c.Id));

        Assert.Equal((2L, 2), (read.Version, read.History.Count));
    }

    [SkippableFact]
    public async Task FundAndContributions_SumPerYearInTheDatabase()
    {
        var mechanism = await NewMechanismAsync();
        var fund = Fund.Create("Cooperation Fund", "CF", mechanism, new Money(10_000_000m, Currency.Usd)).Value;
        await InScopeAsync(async db =>
        {
            db.Funds.Add(fund);
            db.Contributions.AddRange(
                Contribution.Create(fund.Id, C("KR"), 2023, new Money(8_500_000.50m, Currency.Usd)).Value,
                Contribution.Create(fund.Id, C("KR"), 2024, new Money(9_000_000m, Currency.Usd)).Value,
                Contribution.Create(fund.Id, C("KR"), 2024, new Money(1_000_000m, Currency.Usd), isPledge: true).Value);
            await db.SaveChangesAsync();
        });

        var totals = await InScopeAsync(db => db.Contributions.Where(x => x.FundId == fund.Id)
            .GroupBy(x => x.Year).Select(g => new { Year = g.Key, Total = g.Sum(x => x.Amount.Amount) }).OrderBy(x => x.Year).ToListAsync());
        var read = await InScopeAsync(db => db.Funds.SingleAsync(f => f.Id == fund.Id));

        Assert.Equal([(2023, 8_500_000.50m), (2024, 10_000_000m)], totals.Select(t => (t.Year, t.Total)));
        Assert.Equal(new Money(10_000_000m, Currency.Usd), read.AnnualTarget);
    }

    [SkippableFact]
    public async Task Flows_LoanPackageWithParts_RoundTripsAmountsAndParent()
    {
        var package = FinancialFlow.Create(new FlowDetails("ODA loans fiscal year 2023", C("JP"), C("VN"),
            new Money(100_000_000_000m, Currency.Jpy), FlowType.Loan, 2023, "JICA")).Value;
        var part = FinancialFlow.Create(new FlowDetails("Urban railway line", C("JP"), C("VN"),
            new Money(38_000_000_000m, Currency.Jpy), FlowType.Loan, 2023, "JICA", "transport", package.Id)).Value;
        await InScopeAsync(async db =>
        {
            db.Flows.AddRange(package, part);
            await db.SaveChangesAsync();
        });

        var parts = await InScopeAsync(db => db.Flows.Where(f => f.ParentFlowId == package.Id).ToListAsync());
        var total = await InScopeAsync(db => db.Flows.Where(f => f.Id == package.Id).Select(f => f.Amount.Amount).SingleAsync());

        var read = Assert.Single(parts);
        Assert.Equal((new Money(38_000_000_000m, Currency.Jpy), FlowType.Loan, 2023, "transport"), (read.Amount, read.Type, read.FiscalYear!.Value, read.Sector!));
        Assert.Equal(100_000_000_000m, total);
    }

    [SkippableFact]
    public async Task LineageTargetsAndPledgeMatches_RoundTrip()
    {
        var mechanism = await NewMechanismAsync();
        var earlier = NewCommitment(mechanism, "contribute USD 5 million a year", "2025");
        var later = NewCommitment(mechanism, "contribute USD 10 million a year", "2027");
        var meeting = Concordia.Domain.Registry.Meeting.Create(new(mechanism, Concordia.Domain.Registry.MeetingKind.ForeignMinisters, 14, D("2024-07-26"))).Value;
        var fund = Fund.Create("Cooperation Fund", null, mechanism).Value;
        var steps = FundTarget.Rising(fund.Id, 2025, new Money(5_000_000m, Currency.Usd), 2027, new Money(10_000_000m, Currency.Usd)).Value;
        var paid = Contribution.Create(fund.Id, C("KR"), 2025, new Money(5_000_000m, Currency.Usd)).Value;
        await InScopeAsync(async db =>
        {
            db.Meetings.Add(meeting);
            db.Commitments.AddRange(earlier, later);
            db.CommitmentLinks.Add(CommitmentLink.Create(earlier.Id, meeting.Id, LineageKind.Changed, later.Id).Value);
            db.Funds.Add(fund);
            db.FundTargets.AddRange(steps);
            db.Contributions.Add(paid);
            db.PledgeMatches.Add(PledgeMatch.ToContribution(earlier.Id, paid.Id).Value);
            await db.SaveChangesAsync();
        });

        var link = await InScopeAsync(db => db.CommitmentLinks.SingleAsync(l => l.EarlierId == earlier.Id));
        var targets = await InScopeAsync(db => db.FundTargets.Where(t => t.FundId == fund.Id).OrderBy(t => t.FromYear).ToListAsync());
        var match = await InScopeAsync(db => db.PledgeMatches.SingleAsync(m => m.CommitmentId == earlier.Id));

        Assert.Equal((later.Id, LineageKind.Changed), (link.LaterId!.Value, link.Kind));
        Assert.Equal([5_000_000m, 7_500_000m, 10_000_000m], targets.Select(t => t.Amount.Amount));
        Assert.Equal(paid.Id, match.ContributionId);
    }

    private static Commitment NewCommitment(string mechanism, string action, string deadline) =>
        Commitment.Create(new CommitmentDetails(action, CommitmentKind.Agreed, mechanism, Deadline: D(deadline)), new DateOnly(2024, 7, 1)).Value;
}

public sealed class SqliteFollowUpStorageTests(SqliteTestDatabase db) : FollowUpStorageTests<SqliteTestDatabase>(db);

public sealed class PostgresFollowUpStorageTests(PostgresTestDatabase db) : FollowUpStorageTests<PostgresTestDatabase>(db);
