using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Concordia.Text.Model;

/// <summary>Writes an extracted document as an evaluation record (shared/eval/FORMAT.md v1).</summary>
public static class EvalRecord
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToEvalRecord(this ExtractedDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("doc", doc.Name);
            w.WriteString("language", doc.Language);
            WriteOptional(w, "published", doc.Published?.ToString());
            w.WriteStartArray("meetings");
            foreach (var m in doc.Meetings) WriteMeeting(w, m);
            w.WriteEndArray();
            w.WriteStartArray("people");
            foreach (var p in doc.People)
            {
                w.WriteStartObject();
                w.WriteString("name", p.Name);
                WriteOptional(w, "country", p.Country?.Value);
                WriteStrings(w, "roles", p.Roles);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("commitments");
            foreach (var c in doc.Commitments)
            {
                w.WriteStartObject();
                WriteOptional(w, "mechanism", c.Mechanism);
                w.WriteString("kind", c.Kind);
                w.WriteString("action", c.Action);
                WriteOptional(w, "deadline", c.Deadline?.ToString());
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("amounts");
            foreach (var a in doc.Amounts)
            {
                w.WriteStartObject();
                w.WriteNumber("value", a.Value.Amount);
                w.WriteString("currency", a.Value.Currency.Code);
                w.WriteString("subject", a.Subject);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteMeeting(Utf8JsonWriter w, MeetingFact m)
    {
        w.WriteStartObject();
        WriteOptional(w, "mechanism", m.Mechanism);
        w.WriteString("kind", m.Kind);
        if (m.Ordinal is { } o) w.WriteNumber("ordinal", o);
        else w.WriteNull("ordinal");
        WriteOptional(w, "date", m.Date?.ToString());
        WriteOptional(w, "city", m.City);
        if (m.CoChairs.Count == 0) w.WriteNull("co_chairs");
        else WriteStrings(w, "co_chairs", m.CoChairs);
        if (m.Within is { } within)
        {
            w.WriteStartObject("within");
            WriteOptional(w, "mechanism", within.Mechanism);
            WriteOptional(w, "kind", within.Kind);
            if (within.Ordinal is { } wo) w.WriteNumber("ordinal", wo);
            else w.WriteNull("ordinal");
            w.WriteEndObject();
        }
        else w.WriteNull("within");
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    internal static string Invariant(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
