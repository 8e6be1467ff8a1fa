using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Concordia.Domain.Values;

namespace Concordia.Text.Model;

/// <summary>JSON options that write the domain value types as their usual strings ("2025-07-10", "VN", "USD").</summary>
public static class FactJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        o.Converters.Add(new PartialDateConverter());
        o.Converters.Add(new CountryCodeConverter());
        o.Converters.Add(new CurrencyConverter());
        o.Converters.Add(new MoneyConverter());
        o.Converters.Add(new SpanConverter());
        return o;
    }

    private sealed class PartialDateConverter : JsonConverter<PartialDate>
    {
        public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            PartialDate.Parse(reader.GetString()) is { IsSuccess: true } r ? r.Value : throw new JsonException("bad date");
        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }

    private sealed class CountryCodeConverter : JsonConverter<CountryCode>
    {
        public override CountryCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            CountryCode.Parse(reader.GetString()) is { IsSuccess: true } r ? r.Value : throw new JsonException("bad country");
        public override void Write(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }

    private sealed class CurrencyConverter : JsonConverter<Currency>
    {
        public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Currency.Parse(reader.GetString()) is { IsSuccess: true } r ? r.Value : throw new JsonException("bad currency");
        public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
    }

    private sealed class MoneyConverter : JsonConverter<Money>
    {
        public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var doc = JsonDocument.ParseValue(ref reader);
            return new Money(doc.RootElement.GetProperty("amount").GetDecimal(), Currency.Of(doc.RootElement.GetProperty("currency").GetString()!));
        }

        public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("amount", value.Amount);
            writer.WriteString("currency", value.Currency.Code);
            writer.WriteEndObject();
        }
    }

    private sealed class SpanConverter : JsonConverter<Span>
    {
        public override Span Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var doc = JsonDocument.ParseValue(ref reader);
            return new Span(doc.RootElement.GetProperty("start").GetInt32(), doc.RootElement.GetProperty("length").GetInt32());
        }

        public override void Write(Utf8JsonWriter writer, Span value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", value.Start);
            writer.WriteNumber("length", value.Length);
            writer.WriteEndObject();
        }
    }
}
