using System.Text.Json.Nodes;
using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Documents;
using Concordia.Domain.Finance;
using Concordia.Domain.Values;

namespace Concordia.Application.Review;

/// <summary>
/// Turns an amount into a financial flow when it is one: the extractor reads an amount and its sentence, and a
/// reviewer who adds "provider" and "recipient" (country codes, and optionally "type", "fiscal_year", "channel",
/// "sector") makes it a flow sourced from the document. An amount without them is accepted as a fact only.
/// </summary>
internal sealed class FlowsWriter(IConcordiaDb db)
{
    private const int TitleLength = 400;

    public Result<Guid?> Apply(Fact fact)
    {
        JsonObject o;
        try
        {
            o = JsonNode.Parse(fact.Payload) as JsonObject ?? throw new InvalidOperationException("the payload must be a JSON object");
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return Result<Guid?>.Fail("fact.payload.invalid", $"the payload is not valid: {e.Message}", "payload");
        }

        if (Text(o, "provider") is not { } provider || Text(o, "recipient") is not { } recipient) return Result<Guid?>.Ok(null);
        var from = CountryCode.Parse(provider);
        var to = CountryCode.Parse(recipient);
        var amount = o["value"] is JsonObject v && v["amount"] is JsonValue a && a.TryGetValue<decimal>(out var n)
                     && v["currency"] is JsonValue c && c.TryGetValue<string>(out var code) ? Currency.Parse(code).Map(cur => new Money(n, cur))
            : Result<Money>.Fail("value.required", "an amount needs value.amount and value.currency", "value");
        if (!from.IsSuccess || !to.IsSuccess || !amount.IsSuccess)
            return Result<Guid?>.Fail(new[] { from.Error?.WithField("provider"), to.Error?.WithField("recipient"), amount.Error }.OfType<Error>().ToList());
        var type = Enum.TryParse<FlowType>(Text(o, "type")?.Replace("-", "", StringComparison.Ordinal), true, out var t) ? t : FlowType.Other;
        int? year = o["fiscal_year"] is JsonValue y && y.TryGetValue<int>(out var fy) ? fy : null;
        var title = Text(o, "title") ?? Text(o, "subject") ?? $"{provider} → {recipient}";
        var flow = FinancialFlow.Create(new FlowDetails(title.Length > TitleLength ? title[..TitleLength] : title, from.Value, to.Value, amount.Value,
            type, year, Text(o, "channel"), Text(o, "sector"), SourceDocumentId: fact.DocumentId));
        if (!flow.IsSuccess) return Result<Guid?>.Fail(flow.Errors);
        db.Flows.Add(flow.Value);
        return flow.Value.Id;
    }

    private static string? Text(JsonObject o, string field) =>
        o[field] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
}
