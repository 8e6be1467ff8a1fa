using System.Text.Json;
using Concordia.Domain;
using Concordia.Domain.Values;

namespace Concordia.Application.Registry;

/// <summary>An amount of money as given on the wire: { "amount": 10000000, "currency": "USD" }.</summary>
public sealed record MoneyInput(decimal? Amount, string? Currency);

/// <summary>
/// Turns wire values (ISO date prefixes, country codes, kebab-case slugs, money) into domain values, adding an error
/// that names the field when one does not parse. Each method returns null (or default) on failure; callers build
/// domain objects only once the validator is valid.
/// </summary>
internal static class Fields
{
    public static PartialDate? Date(Validator v, string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parsed = PartialDate.Parse(text);
        if (parsed.IsSuccess) return parsed.Value;
        v.Add(parsed.Error!.WithField(field));
        return null;
    }

    public static CountryCode? Country(Validator v, string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parsed = CountryCode.Parse(text);
        if (parsed.IsSuccess) return parsed.Value;
        v.Add(parsed.Error!.WithField(field));
        return null;
    }

    public static CountryCode RequiredCountry(Validator v, string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) v.Add(new Error("value.required", $"{field} is required", field));
        return Country(v, text, field) ?? default;
    }

    /// <summary>Parses a kebab-case slug of an enum member ("foreign-ministers"); an empty value gives <paramref name="fallback"/>.</summary>
    public static T Enum<T>(Validator v, string? text, string field, T fallback) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        foreach (var value in System.Enum.GetValues<T>())
            if (string.Equals(EnumSlug.Of(value), text.Trim(), StringComparison.OrdinalIgnoreCase)) return value;
        v.Add(new Error($"{field}.unknown", $"'{text}' is not one of {string.Join(", ", EnumSlug.All<T>())}", field));
        return fallback;
    }

    public static T RequiredEnum<T>(Validator v, string? text, string field) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) v.Add(new Error("value.required", $"{field} is required: one of {string.Join(", ", EnumSlug.All<T>())}", field));
        return Enum(v, text, field, default(T));
    }

    public static Money? Money(Validator v, MoneyInput? input, string field)
    {
        if (input is null || (input.Amount is null && string.IsNullOrWhiteSpace(input.Currency))) return null;
        if (input.Amount is not { } amount)
        {
            v.Add(new Error("value.required", $"{field}.amount is required", $"{field}.amount"));
            return null;
        }

        var created = Domain.Values.Money.Create(amount, input.Currency);
        if (created.IsSuccess) return created.Value;
        var part = created.Error!.Code == "money.negative" ? "amount" : "currency";
        v.Add(created.Error.WithField($"{field}.{part}"));
        return null;
    }

    public static Money RequiredMoney(Validator v, MoneyInput? input, string field)
    {
        if (input?.Amount is null && string.IsNullOrWhiteSpace(input?.Currency))
            v.Add(new Error("value.required", $"{field} is required", field));
        return Money(v, input, field) ?? default;
    }

    public static void RequireSlug(Validator v, string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) v.Add(new Error("value.required", $"{field} is required", field));
        else if (!Slug.IsValid(text)) v.Add(Slug.Invalid(field, text));
    }
}

/// <summary>Enum members as the kebab-case slugs the API speaks ("ForeignMinisters" ↔ "foreign-ministers").</summary>
public static class EnumSlug
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static IReadOnlyList<string> All<T>() where T : struct, Enum => System.Enum.GetValues<T>().Select(Of).ToArray();
}
