namespace DetainerDesk.Domain.Common;

/// <summary>An expected refusal: which input (if any) is wrong, a stable code, and a message a person can act on.</summary>
public sealed record DomainError(string Code, string Message, string? Field = null);

/// <summary>Either a value or the errors that prevented it. Expected outcomes are values, not exceptions.</summary>
public sealed class Result<T>
{
    private Result(T? value, IReadOnlyList<DomainError> errors) { Value = value; Errors = errors; }

    public T? Value { get; }
    public IReadOnlyList<DomainError> Errors { get; }
    public bool Succeeded => Errors.Count == 0;

    public static Result<T> Success(T value) => new(value, []);
    public static Result<T> Failure(IReadOnlyList<DomainError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(default, errors);
    public static Result<T> Failure(DomainError error) => new(default, [error]);
}
