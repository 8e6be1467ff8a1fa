using Concordia.Application.Registry;
using Concordia.Domain.Documents;
using Concordia.Domain.Finance;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Values;

namespace Concordia.Web.Api.Registry;

public sealed record MoneyResponse(decimal Amount, string Currency)
{
    public static MoneyResponse? Of(Money? m) => m is { } v ? new(v.Amount, v.Currency.Code) : null;

    public static MoneyInput? ToInput(Money? m) => m is { } v ? new(v.Amount, v.Currency.Code) : null;
}

public sealed record FundResponse(Guid Id, string Name, string? ShortName, string? MechanismId, MoneyResponse? AnnualTarget, long Version)
{
    public static FundResponse Of(Fund f) => new(f.Id, f.Name, f.ShortName, f.MechanismId, MoneyResponse.Of(f.AnnualTarget), f.Version);

    public static FundInput ToInput(Fund f) => new(f.Name, f.ShortName, f.MechanismId, MoneyResponse.ToInput(f.AnnualTarget));
}

public sealed record ContributionResponse(Guid Id, Guid FundId, string Contributor, int Year, MoneyResponse Amount, bool IsPledge, string? Note,
    long Version)
{
    public static ContributionResponse Of(Contribution c) =>
        new(c.Id, c.FundId, c.Contributor.Value, c.Year, MoneyResponse.Of(c.Amount)!, c.IsPledge, c.Note, c.Version);
}

/// <summary>A flow of money; type is "loan", "grant", "technical-cooperation" or "other".</summary>
public sealed record FlowResponse(
    Guid Id, string Title, string Provider, string Recipient, MoneyResponse Amount, string Type, int? FiscalYear, string? Channel,
    string? Sector, Guid? ParentFlowId, Guid? SourceDocumentId, long Version)
{
    public static FlowResponse Of(FinancialFlow f) => new(f.Id, f.Title, f.Provider.Value, f.Recipient.Value, MoneyResponse.Of(f.Amount)!,
        EnumSlug.Of(f.Type), f.FiscalYear, f.Channel, f.Sector, f.ParentFlowId, f.SourceDocumentId, f.Version);

    public static FlowInput ToInput(FinancialFlow f) => new(f.Title, f.Provider.Value, f.Recipient.Value, MoneyResponse.ToInput(f.Amount),
        EnumSlug.Of(f.Type), f.FiscalYear, f.Channel, f.Sector, f.ParentFlowId, f.SourceDocumentId);
}

/// <summary>One dated step of a commitment's status, with its evidence: a document span, or a URL with a note.</summary>
public sealed record StatusChangeResponse(string Status, DateOnly On, string? Note, Guid? EvidenceDocumentId, int? EvidenceSpanStart,
    int? EvidenceSpanLength, string? EvidenceUrl, string? EvidenceNote);

/// <summary>An undertaking with its current status ("agreed", "in-progress", ...) and its history.</summary>
public sealed record CommitmentResponse(
    Guid Id, string Action, string Kind, string? MechanismId, Guid? MeetingId, IReadOnlyList<string> Parties, string? PriorityArea,
    string? Deadline, MoneyResponse? Target, string Status, IReadOnlyList<StatusChangeResponse> History, Guid? ProposerId, long Version)
{
    public static CommitmentResponse Of(Commitment c) => new(c.Id, c.Action, EnumSlug.Of(c.Kind), c.MechanismId, c.MeetingId,
        c.Parties.Select(p => p.Value).ToList(), c.PriorityArea, c.Deadline?.ToString(), MoneyResponse.Of(c.Target), c.Status.ToSlug(),
        c.History.Select(h => new StatusChangeResponse(h.Status.ToSlug(), h.On, h.Note, h.EvidenceDocumentId, h.EvidenceSpanStart,
            h.EvidenceSpanLength, h.EvidenceUrl, h.EvidenceNote)).ToList(), c.ProposerId, c.Version);

    public static CommitmentInput ToInput(Commitment c) => new(c.Action, EnumSlug.Of(c.Kind), c.MechanismId, c.MeetingId,
        c.Parties.Select(p => p.Value).ToList(), c.PriorityArea, c.Deadline?.ToString(), MoneyResponse.ToInput(c.Target));
}

public sealed record DocumentSummaryResponse(Guid Id, string? Title, string Language, string? Published, string Origin, string ContentHash,
    int Length, long Version)
{
    public static DocumentSummaryResponse Of(DocumentSummary d) =>
        new(d.Id, d.Title, d.Language, d.Published?.ToString(), d.Origin, d.ContentHash, d.Length, d.Version);
}

public sealed record DocumentResponse(Guid Id, string? Title, string Language, string? Published, string Origin, string ContentHash,
    string Text, long Version)
{
    public static DocumentResponse Of(Document d) =>
        new(d.Id, d.Title, d.Language, d.Published?.ToString(), d.Origin, d.ContentHash, d.Text, d.Version);
}
