using System.Text.Json;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Concordia.Storage.Model;

/// <summary>Value types stored as their canonical strings, so both databases hold the same readable values.</summary>
internal static class Converters
{
    internal sealed class CountryCodeConverter() : ValueConverter<CountryCode, string>(v => v.Value, s => CountryCode.Of(s));

    /// <summary>"2025", "2025-07", "2025-07-10" or "XXXX-07-26": ISO prefixes sort in date order as plain text.</summary>
    internal sealed class PartialDateConverter() : ValueConverter<PartialDate, string>(v => v.ToString(), s => PartialDate.Parse(s).Value);

    internal sealed class CurrencyConverter() : ValueConverter<Currency, string>(v => v.Code, s => Currency.Of(s));

    /// <summary>Money in a single column ("1000000 USD") where it is optional; required amounts use two columns.</summary>
    internal sealed class MoneyConverter() : ValueConverter<Money, string>(v => Write(v), s => Read(s))
    {
        private static string Write(Money m) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{m.Amount} {m.Currency.Code}");

        private static Money Read(string s)
        {
            var space = s.LastIndexOf(' ');
            return new Money(decimal.Parse(s.AsSpan(0, space), System.Globalization.CultureInfo.InvariantCulture), Currency.Of(s[(space + 1)..]));
        }
    }

    /// <summary>Country lists as one space-separated column ("KH LA MM TH VN").</summary>
    internal static readonly ValueConverter<CountryCode[], string> CountryList = new(
        v => string.Join(' ', v.Select(c => c.Value)),
        s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(CountryCode.Of).ToArray());

    internal static readonly ValueConverter<string[], string> StringList = new(
        v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
        s => JsonSerializer.Deserialize<string[]>(s, (JsonSerializerOptions?)null) ?? Array.Empty<string>());

    internal static readonly ValueConverter<int[], string> IntList = new(
        v => string.Join(' ', v),
        s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => int.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray());

    internal static ValueComparer<T[]> ArrayComparer<T>() => new(
        (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
        a => a.Aggregate(0, (h, x) => HashCode.Combine(h, x)),
        a => a.ToArray());
}
