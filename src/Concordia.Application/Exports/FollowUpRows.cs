using Concordia.Application.Finance;
using Concordia.Domain.Finance;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Values;

namespace Concordia.Application.Exports;

public sealed record CommitmentRow(
    Guid Id, string Action, string Kind, string? MechanismId, Guid? MeetingId, string? Parties, string? PriorityArea,
    string? Deadline, decimal? TargetAmount, string? TargetCurrency, string MadeOn, string Status, int? ComplianceScore);

/// <summary>A status change after the first; the columns are those of the bulk status update file, so it can be re-applied.</summary>
public sealed record StatusHistoryRow(
    Guid CommitmentId, string Status, string On, string? Note, string? EvidenceUrl, string? EvidenceNote,
    Guid? EvidenceDocumentId, int? EvidenceSpanStart, int? EvidenceSpanLength);

public sealed record FundRow(Guid Id, string Name, string? ShortName, string? MechanismId, decimal? AnnualTargetAmount, string? AnnualTargetCurrency);

public sealed record FundTargetRow(Guid Id, Guid FundId, int FromYear, decimal Amount, string Currency);

public sealed record ContributionRow(Guid Id, Guid FundId, string Contributor, int Year, decimal Amount, string Currency, bool IsPledge,
    decimal? Usd, string? Note);

public sealed record FlowRow(
    Guid Id, string Title, string Provider, string? Channel, string Recipient, string Type, string? Sector, decimal Amount, string Currency,
    int? FiscalYear, string? FiscalYearStart, string? FiscalYearEnd, decimal? Usd, Guid? ParentFlowId, Guid? SourceDocumentId);

public static class FollowUpRows
{
    public static CommitmentRow From(Commitment c) =>
        new(c.Id, c.Action, TableFormat.Slug(c.Kind), c.MechanismId, c.MeetingId, RegistryRows.Join(c.Parties.Select(p => p.Value)),
            c.PriorityArea, RegistryRows.Text(c.Deadline), c.Target?.Amount, c.Target?.Currency.Code, Iso(c.History[0].On), c.Status.ToSlug(),
            c.ComplianceScore);

    public static IEnumerable<StatusHistoryRow> History(Commitment c) =>
        c.History.Skip(1).Select(h => new StatusHistoryRow(c.Id, h.Status.ToSlug(), Iso(h.On), h.Note, h.EvidenceUrl, h.EvidenceNote,
            h.EvidenceDocumentId, h.EvidenceSpanStart, h.EvidenceSpanLength));

    public static FundRow From(Fund f) => new(f.Id, f.Name, f.ShortName, f.MechanismId, f.AnnualTarget?.Amount, f.AnnualTarget?.Currency.Code);

    public static FundTargetRow From(FundTarget t) => new(t.Id, t.FundId, t.FromYear, t.Amount.Amount, t.Amount.Currency.Code);

    public static ContributionRow From(Contribution c, FlowValuation valuation)
    {
        var usd = valuation.ToUsd(c);
        return new(c.Id, c.FundId, c.Contributor.Value, c.Year, c.Amount.Amount, c.Amount.Currency.Code, c.IsPledge,
            usd.IsSuccess ? usd.Value : null, c.Note);
    }

    public static FlowRow From(FinancialFlow f, FlowValuation valuation)
    {
        var v = valuation.Value(f);
        return new(f.Id, f.Title, f.Provider.Value, f.Channel, f.Recipient.Value, TableFormat.Slug(f.Type), f.Sector,
            f.Amount.Amount, f.Amount.Currency.Code, f.FiscalYear, v.Period is { } p ? Iso(p.Start) : null, v.Period is { } q ? Iso(q.End) : null,
            v.Usd, f.ParentFlowId, f.SourceDocumentId);
    }

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    internal static Money? Money(decimal? amount, string? currency) =>
        amount is { } a && Currency.Parse(currency) is { IsSuccess: true } c ? new Money(a, c.Value) : null;
}
