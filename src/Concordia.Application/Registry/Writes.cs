using Concordia.Application.Abstractions;
using Concordia.Domain;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Registry;

/// <summary>Optimistic concurrency for the registry's writes: an expected version from If-Match, and a save that turns a lost race into an error.</summary>
internal static class Writes
{
    public const string StaleCode = "version.stale";

    /// <summary>
    /// The stale-version error when the caller expected other versions (the entity tags of an If-Match); null when
    /// nothing was expected or one of them matches.
    /// </summary>
    public static Error? CheckVersion(Entity entity, IReadOnlyList<long>? expected, string what) =>
        expected is { } versions && !versions.Contains(entity.Version)
            ? new Error(StaleCode, $"{what} is at version {entity.Version}, not {string.Join(" or ", versions)}; read it again and retry")
            : null;

    /// <summary>
    /// Saves, reporting a concurrent change made since the record was read as a stale version. When a constraint
    /// refuses the save, <paramref name="recheck"/> runs the rules again against what is stored now: a record saved
    /// meanwhile by another request (the same meeting number) becomes that rule's error; anything else is a bug and
    /// is rethrown.
    /// </summary>
    public static async Task<Result<T>> SaveAsync<T>(IConcordiaDb db, T value, CancellationToken ct,
        Func<CancellationToken, Task<IReadOnlyList<Error>>>? recheck = null)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return value;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<T>.Fail(StaleCode, "the record was changed by someone else meanwhile; read it again and retry");
        }
        catch (DbUpdateException) when (recheck is not null)
        {
            var errors = await recheck(ct);
            if (errors.Count == 0) throw;
            return Result<T>.Fail(errors);
        }
    }

    /// <summary>
    /// Counts a change to a part stored apart (a mechanism's membership) as a change of the whole, so the whole's version
    /// and ETag move and a concurrent change to another part of it is caught.
    /// </summary>
    public static void Touch(IConcordiaDb db, Entity whole) => db.Entry(whole).Property(e => e.Version).IsModified = true;

    public static Result<T> NotFound<T>(string kind, object id) =>
        Result<T>.Fail($"{kind}.not-found", $"there is no {kind.Replace('-', ' ')} '{id}'");

    public static Result<T> InUse<T>(string kind, string message) => Result<T>.Fail($"{kind}.in-use.conflict", message);
}

/// <summary>What a delete returns: nothing, but a result that can fail.</summary>
public readonly record struct Deleted;
