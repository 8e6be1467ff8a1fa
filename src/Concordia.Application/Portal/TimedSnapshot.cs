using System.Diagnostics;

namespace Concordia.Application.Portal;

/// <summary>
/// A value computed at most once per <see cref="MaxAge"/> and shared by every request meanwhile; concurrent
/// requests for a stale value wait for one computation instead of each running it.
/// </summary>
public class TimedSnapshot<T>(TimeSpan maxAge) where T : class
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private T? _current;
    private long _takenAt;

    public TimeSpan MaxAge { get; } = maxAge;

    public async Task<T> GetAsync(Func<CancellationToken, Task<T>> compute, CancellationToken ct)
    {
        if (Fresh() is { } cached) return cached;
        await _gate.WaitAsync(ct);
        try
        {
            if (Fresh() is { } again) return again;
            var value = await compute(ct);
            _current = value;
            _takenAt = Stopwatch.GetTimestamp();
            return value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Drops the value, so the next request computes it afresh (for a caller that has just changed its inputs).</summary>
    public void Invalidate() => _current = null;

    private T? Fresh() => _current is { } c && Stopwatch.GetElapsedTime(_takenAt) < MaxAge ? c : null;
}

/// <summary>
/// The names every page needs (countries, mechanisms, meeting kinds, priority areas), kept for 10 seconds so a page
/// does not read a thousand mechanisms to name the one it shows. Meetings, people and commitments are read fresh.
/// </summary>
public sealed class PortalVocabulary() : TimedSnapshot<PortalLookups>(TimeSpan.FromSeconds(10))
{
    public Task<PortalLookups> GetAsync(Concordia.Application.Abstractions.IConcordiaDb db, CancellationToken ct) =>
        GetAsync(c => PortalLookups.LoadAsync(db, c), ct);
}

/// <summary>The home page's registry-wide summary, recomputed at most every 10 seconds.</summary>
public sealed class HomeSnapshot() : TimedSnapshot<HomeView>(TimeSpan.FromSeconds(10));
