using System.Text.Json;
using System.Text.Json.Nodes;
using Concordia.Domain;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;

namespace Concordia.Application.Review;

public sealed record MeetingKey(string? Mechanism, MeetingKind Kind, int? Ordinal);

/// <summary>A meeting fact's claim, read from its payload (the extraction format's meeting shape).</summary>
public sealed record MeetingClaim(MeetingKey Key, PartialDate? Date, string? City, IReadOnlyList<string> CoChairs, MeetingKey? Within);

public sealed record PersonClaim(string Name, CountryCode? Country, IReadOnlyList<string> Roles);

public sealed record CommitmentClaim(string? Mechanism, CommitmentKind Kind, IReadOnlyList<string> Actors, string Action, PartialDate? Deadline);

/// <summary>Reads fact payloads into claims; a payload a reviewer broke while editing is an error, not an exception.</summary>
public static class Claims
{
    public static Result<MeetingClaim> Meeting(string payload) => Read(payload, o =>
    {
        var key = Key(o);
        if (!key.IsSuccess) return Result<MeetingClaim>.Fail(key.Errors);
        var date = Date(o, "date");
        if (!date.IsSuccess) return Result<MeetingClaim>.Fail(date.Errors);
        MeetingKey? within = null;
        if (o["within"] is JsonObject w)
        {
            var parsed = Key(w);
            if (!parsed.IsSuccess) return Result<MeetingClaim>.Fail(parsed.Errors.Select(e => e.WithField("within." + e.Field)).ToList());
            within = parsed.Value;
        }

        return new MeetingClaim(key.Value, date.Value, Text(o, "city"), Strings(o, "co_chairs"), within);
    });

    public static Result<PersonClaim> Person(string payload) => Read(payload, o =>
    {
        var name = Text(o, "name");
        if (name is null) return Result<PersonClaim>.Fail("value.required", "a person needs a name", "name");
        CountryCode? country = null;
        if (Text(o, "country") is { } c)
        {
            var parsed = CountryCode.Parse(c);
            if (!parsed.IsSuccess) return Result<PersonClaim>.Fail(parsed.Error!.WithField("country"));
            country = parsed.Value;
        }

        return new PersonClaim(name, country, Strings(o, "roles"));
    });

    public static Result<CommitmentClaim> Commitment(string payload) => Read(payload, o =>
    {
        var action = Text(o, "action");
        if (action is null) return Result<CommitmentClaim>.Fail("value.required", "a commitment needs an action", "action");
        if (!Enum.TryParse<CommitmentKind>(Text(o, "kind"), ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            return Result<CommitmentClaim>.Fail("commitment.kind.unknown", $"'{Text(o, "kind")}' is not a commitment kind", "kind");
        var deadline = Date(o, "deadline");
        if (!deadline.IsSuccess) return Result<CommitmentClaim>.Fail(deadline.Errors);
        return new CommitmentClaim(Text(o, "mechanism"), kind, Strings(o, "actors"), action, deadline.Value);
    });

    private static Result<T> Read<T>(string payload, Func<JsonObject, Result<T>> read)
    {
        try
        {
            return JsonNode.Parse(payload) is JsonObject o ? read(o) : Result<T>.Fail("fact.payload.invalid", "the payload must be a JSON object", "payload");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return Result<T>.Fail("fact.payload.invalid", $"the payload is not valid: {e.Message}", "payload");
        }
    }

    private static Result<MeetingKey> Key(JsonObject o)
    {
        var kind = MeetingKinds.Parse(Text(o, "kind"));
        if (!kind.IsSuccess) return Result<MeetingKey>.Fail(kind.Errors);
        int? ordinal = o["ordinal"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : null;
        return new MeetingKey(Text(o, "mechanism"), kind.Value, ordinal);
    }

    private static Result<PartialDate?> Date(JsonObject o, string field)
    {
        if (Text(o, field) is not { } text) return Result<PartialDate?>.Ok(null);
        var parsed = PartialDate.Parse(text);
        return parsed.IsSuccess ? parsed.Value : Result<PartialDate?>.Fail(parsed.Error!.WithField(field));
    }

    private static string? Text(JsonObject o, string field) =>
        o[field] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    private static IReadOnlyList<string> Strings(JsonObject o, string field) =>
        o[field] is JsonArray a
            ? a.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s.Trim() : null).OfType<string>().Where(s => s.Length > 0).ToList()
            : [];
}
