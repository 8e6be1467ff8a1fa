using System.Text.Json;
using System.Text.Json.Nodes;
using Concordia.Domain;

namespace Concordia.Web.Api.Infrastructure;

/// <summary>
/// RFC 7396 JSON merge patch over a resource's input shape: members given replace the current ones, nested objects
/// merge, null removes (clears) a member. Members the input does not have are refused, naming the field.
/// </summary>
internal static class MergePatch
{
    public const string MediaType = "application/merge-patch+json";

    public static Result<TInput> Apply<TInput>(TInput current, JsonObject patch, JsonSerializerOptions options)
    {
        var target = JsonSerializer.SerializeToNode(current, options)!.AsObject();
        var errors = new List<Error>();
        Merge(target, patch, "", errors);
        if (errors.Count > 0) return Result<TInput>.Fail(errors);
        try
        {
            return target.Deserialize<TInput>(options)!;
        }
        catch (JsonException e)
        {
            var field = e.Path?.TrimStart('$', '.') ?? "";
            return Result<TInput>.Fail("patch.invalid", $"the patched value of '{field}' has the wrong type", field);
        }
    }

    private static void Merge(JsonObject target, JsonObject patch, string prefix, List<Error> errors)
    {
        foreach (var (name, value) in patch.ToList())
        {
            var key = target.Select(kv => kv.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            if (key is null)
            {
                errors.Add(new Error("patch.unknown-field", $"'{prefix}{name}' is not a field of this resource", prefix + name));
                continue;
            }

            if (value is JsonObject nested && target[key] is JsonObject existing) Merge(existing, nested, $"{prefix}{key}.", errors);
            else target[key] = value?.DeepClone();
        }
    }
}
