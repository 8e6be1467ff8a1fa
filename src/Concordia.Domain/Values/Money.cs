using System.Globalization;

namespace Concordia.Domain.Values;

/// <summary>An ISO 4217 currency code ("USD", "JPY", "VND").</summary>
public readonly record struct Currency
{
    private Currency(string code) => Code = code;

    public string Code { get; }

    public static readonly Currency Usd = new("USD");
    public static readonly Currency Jpy = new("JPY");
    public static readonly Currency Vnd = new("VND");
    public static readonly Currency Krw = new("KRW");
    public static readonly Currency Cny = new("CNY");
    public static readonly Currency Eur = new("EUR");

    public static Result<Currency> Parse(string? text)
    {
        var t = text?.Trim();
        if (t is not { Length: 3 } || !t.All(char.IsAsciiLetter))
            return Result<Currency>.Fail("currency.invalid", $"'{text}' is not an ISO 4217 code");
        return new Currency(t.ToUpperInvariant());
    }

    public static Currency Of(string code) => Parse(code).Value;

    public override string ToString() => Code;
}

/// <summary>An amount in a currency. Amounts are never negative.</summary>
public readonly record struct Money
{
    public Money(decimal amount, Currency currency)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        if (currency.Code is null) throw new ArgumentException("Currency is required", nameof(currency));
        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }
    public Currency Currency { get; }

    public static Result<Money> Create(decimal amount, string? currency)
    {
        if (amount < 0) return Result<Money>.Fail("money.negative", "An amount cannot be negative");
        var c = Currency.Parse(currency);
        return c.IsSuccess ? new Money(amount, c.Value) : Result<Money>.Fail(c.Error!);
    }

    public Money ConvertTo(Currency target, decimal rate) => new(decimal.Round(Amount * rate, 2), target);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount:0.##} {Currency.Code}");
}
