using System.Text.Json;
using System.Text.Json.Nodes;
using Concordia.Domain;
using Concordia.Domain.Documents;
using Concordia.Text.Model;

namespace Concordia.Application.Ingestion;

/// <summary>Turns extracted facts into stored <see cref="Fact"/>s: the claim as JSON (without its source), span, rules, confidence.</summary>
public static class FactPayloads
{
    public static readonly JsonSerializerOptions Json = new(FactJson.Options) { WriteIndented = false };

    public static IEnumerable<Result<Fact>> FactsOf(ExtractedDocument extracted, Guid documentId) =>
        extracted.Meetings.Select(m => Make(documentId, FactKind.Meeting, m, m.Source))
            .Concat(extracted.People.Select(p => Make(documentId, FactKind.Person, p, p.Source)))
            .Concat(extracted.Commitments.Select(c => Make(documentId, FactKind.Commitment, c, c.Source)))
            .Concat(extracted.Amounts.Select(a => Make(documentId, FactKind.Amount, a, a.Source)));

    public static string Serialize<T>(T claim)
    {
        var node = JsonSerializer.SerializeToNode(claim, Json)!.AsObject();
        node.Remove("source");
        return node.ToJsonString(Json);
    }

    public static JsonObject Parse(string payload) => JsonNode.Parse(payload)!.AsObject();

    private static Result<Fact> Make<T>(Guid documentId, FactKind kind, T claim, FactSource source) =>
        Fact.Create(documentId, kind, Serialize(claim), source.Span, source.RuleIds, Math.Clamp(source.Confidence, 0, 1));
}
