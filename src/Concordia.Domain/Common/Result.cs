namespace Concordia.Domain;

/// <summary>An expected failure: a stable code, a message for people, and the field it concerns.</summary>
public sealed record Error(string Code, string Message, string? Field = null)
{
    public Error WithField(string field) => this with { Field = field };
}

/// <summary>The outcome of an operation that can fail for expected reasons (bad input, not found, conflict).</summary>
public readonly struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<Error>? errors)
    {
        _value = value;
        Errors = errors ?? [];
    }

    public IReadOnlyList<Error> Errors { get; }
    public bool IsSuccess => Errors.Count == 0;
    public Error? Error => Errors.Count == 0 ? null : Errors[0];

    /// <summary>The value; throws when the result is a failure, since reading it then is a bug.</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Error!.Code} {Error.Message}");

    public static Result<T> Ok(T value) => new(value, null);
    public static Result<T> Fail(Error error) => new(default, [error]);
    public static Result<T> Fail(string code, string message, string? field = null) => Fail(new Error(code, message, field));
    public static Result<T> Fail(IReadOnlyList<Error> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error", nameof(errors)) : new(default, errors);

    public static implicit operator Result<T>(T value) => Ok(value);

    public Result<TOut> Map<TOut>(Func<T, TOut> map) => IsSuccess ? Result<TOut>.Ok(map(Value)) : Result<TOut>.Fail(Errors);
}
