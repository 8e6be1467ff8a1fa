using Concordia.Application.Finance;
using Concordia.Application.FollowUp;
using Concordia.Domain.FollowUp;

namespace Concordia.Web.Api.FollowUp;

public sealed record FundYearView(int Year, decimal? Target, decimal Paid, decimal Pledged, decimal? Gap);

public sealed record ContributorYearView(string Contributor, int Year, decimal Paid, decimal Pledged);

/// <summary>A fund's targets, payments and gaps per year, all in <see cref="Currency"/>.</summary>
public sealed record FundReportView(Guid FundId, string Name, string Currency, IReadOnlyList<FundYearView> Years, IReadOnlyList<ContributorYearView> Contributors)
{
    public static FundReportView From(FundReport r) =>
        new(r.Fund.Id, r.Fund.Name, r.Currency.Code,
            r.Years.Select(y => new FundYearView(y.Year, y.Target, y.Paid, y.Pledged, y.Gap)).ToList(),
            r.Contributors.Select(c => new ContributorYearView(c.Contributor.Value, c.Year, c.Paid, c.Pledged)).ToList());
}

public sealed record ProviderTotalView(string Provider, int? FiscalYear, decimal Usd, IReadOnlyDictionary<string, decimal> UsdByChannel, int Flows, int Unvalued)
{
    public static ProviderTotalView From(ProviderYearTotal t) => new(t.Provider.Value, t.FiscalYear, t.Usd, t.UsdByChannel, t.Flows, t.Unvalued);
}

public sealed record LinkView(Guid Id, Guid EarlierId, Guid LaterMeetingId, Guid? LaterId, string Kind, string? Note)
{
    public static LinkView From(CommitmentLink l) => new(l.Id, l.EarlierId, l.LaterMeetingId, l.LaterId, l.Kind.ToString().ToLowerInvariant(), l.Note);
}

public sealed record LineageStepView(Guid CommitmentId, Guid? MeetingId, int? MeetingOrdinal, string? How);

public sealed record LineageThreadView(IReadOnlyList<LineageStepView> Steps, Guid? DroppedAt)
{
    public static LineageThreadView From(LineageThread t) =>
        new(t.Steps.Select(s => new LineageStepView(s.CommitmentId, s.MeetingId, s.MeetingOrdinal, s.How?.ToString().ToLowerInvariant())).ToList(), t.DroppedAt);
}
