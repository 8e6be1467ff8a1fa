using Concordia.Domain.Values;

namespace Concordia.Domain;

/// <summary>Collects every field error of one operation, so a caller can report all bad fields at once.</summary>
public sealed class Validator
{
    private readonly List<Error> _errors = [];

    public IReadOnlyList<Error> Errors => _errors;
    public bool IsValid => _errors.Count == 0;

    public Validator Add(Error error)
    {
        _errors.Add(error);
        return this;
    }

    public Validator AddRange(IEnumerable<Error> errors)
    {
        _errors.AddRange(errors);
        return this;
    }

    public Validator Require(bool condition, string field, string code, string message) =>
        condition ? this : Add(new Error(code, message, field));

    public Validator RequireText(string? value, string field, int maxLength = 400)
    {
        if (string.IsNullOrWhiteSpace(value)) return Add(new Error("value.required", $"{field} is required", field));
        return Require(value.Length <= maxLength, field, "value.too-long", $"{field} is longer than {maxLength} characters");
    }

    public Validator OptionalText(string? value, string field, int maxLength = 400) =>
        Require(value is null || value.Length <= maxLength, field, "value.too-long", $"{field} is longer than {maxLength} characters");

    /// <summary>Requires <paramref name="to"/> not to end before <paramref name="from"/> begins.</summary>
    public Validator Period(PartialDate? from, PartialDate? to, string toField) =>
        Require(!Periods.EndsBeforeStart(from, to), toField, "period.end-before-start",
            $"{toField} ({to}) is before the start ({from})");

    public Result<T> Then<T>(Func<T> create) => IsValid ? Result<T>.Ok(create()) : Result<T>.Fail(_errors.ToArray());

    /// <summary>The collected errors as a failed result; call only when <see cref="IsValid"/> is false.</summary>
    public Result<T> Failure<T>() => Result<T>.Fail(_errors.ToArray());

    public Result<T> Then<T>(T value) => IsValid ? Result<T>.Ok(value) : Result<T>.Fail(_errors.ToArray());
}
