using Concordia.Domain.Values;

namespace Concordia.Domain.Finance;

public enum FlowType
{
    Loan,
    Grant,
    TechnicalCooperation,
    Other,
}

/// <summary>What a flow of money is, as given by a caller.</summary>
public sealed record FlowDetails(
    string? Title,
    CountryCode Provider,
    CountryCode Recipient,
    Money Amount,
    FlowType Type,
    int? FiscalYear = null,
    string? Channel = null,
    string? Sector = null,
    Guid? ParentFlowId = null,
    Guid? SourceDocumentId = null);

/// <summary>An ODA loan or grant: provider, channel (e.g. JICA), recipient, sector, amount, fiscal year; part of a larger flow.</summary>
public sealed class FinancialFlow : IdentifiedEntity
{
    private FinancialFlow() => Title = "";

    public string Title { get; private set; }
    public CountryCode Provider { get; private set; }
    public CountryCode Recipient { get; private set; }
    public Money Amount { get; private set; }
    public FlowType Type { get; private set; }
    public int? FiscalYear { get; private set; }
    public string? Channel { get; private set; }
    public string? Sector { get; private set; }
    public Guid? ParentFlowId { get; private set; }
    public Guid? SourceDocumentId { get; private set; }

    public static Result<FinancialFlow> Create(FlowDetails details)
    {
        var flow = new FinancialFlow();
        var v = Validate(details, flow.Id);
        return v.Then(() => flow.Apply(details));
    }

    public Result<FinancialFlow> Update(FlowDetails details)
    {
        var v = Validate(details, Id);
        return v.IsValid ? Apply(details) : v.Failure<FinancialFlow>();
    }

    private static Validator Validate(FlowDetails d, Guid selfId) =>
        new Validator().RequireText(d.Title, "title", 400)
            .Require(d.Amount.Currency.Code is not null, "amount", "value.required", "an amount is required")
            .Require(Enum.IsDefined(d.Type), "type", "flow.type.unknown", $"'{d.Type}' is not a flow type")
            .Require(d.FiscalYear is null or >= 1945 and <= 2200, "fiscalYear", "year.range", $"{d.FiscalYear} is not a plausible year")
            .Require(d.ParentFlowId != selfId, "parentFlowId", "flow.parent.self", "a flow cannot be part of itself")
            .OptionalText(d.Channel, "channel", 200)
            .OptionalText(d.Sector, "sector", 200);

    private FinancialFlow Apply(FlowDetails d)
    {
        Title = d.Title!.Trim();
        Provider = d.Provider;
        Recipient = d.Recipient;
        Amount = d.Amount;
        Type = d.Type;
        FiscalYear = d.FiscalYear;
        Channel = string.IsNullOrWhiteSpace(d.Channel) ? null : d.Channel.Trim();
        Sector = string.IsNullOrWhiteSpace(d.Sector) ? null : d.Sector.Trim();
        ParentFlowId = d.ParentFlowId;
        SourceDocumentId = d.SourceDocumentId;
        return this;
    }
}
