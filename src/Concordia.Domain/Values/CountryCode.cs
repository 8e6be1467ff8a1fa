namespace Concordia.Domain.Values;

/// <summary>An ISO 3166-1 alpha-2 code, always upper case ("VN", "JP").</summary>
public readonly record struct CountryCode
{
    private CountryCode(string value) => Value = value;

    public string Value { get; }

    public static Result<CountryCode> Parse(string? text)
    {
        var t = text?.Trim();
        if (t is not { Length: 2 } || !char.IsAsciiLetter(t[0]) || !char.IsAsciiLetter(t[1]))
            return Result<CountryCode>.Fail("country.invalid", $"'{text}' is not an ISO 3166-1 alpha-2 code");
        return new CountryCode(t.ToUpperInvariant());
    }

    /// <summary>For literals known to be valid; throws on a bad code (a bug, not input).</summary>
    public static CountryCode Of(string code) => Parse(code).Value;

    public override string ToString() => Value;
}
