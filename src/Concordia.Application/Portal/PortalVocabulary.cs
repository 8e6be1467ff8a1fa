using System.Diagnostics;
using Concordia.Application.Abstractions;

namespace Concordia.Application.Portal;

/// <summary>
/// Keeps the names every page needs (countries, mechanisms, meeting kinds, priority areas) for a few seconds, so a
/// page does not read a thousand mechanisms to name the one it shows. A renamed mechanism shows within
/// <see cref="MaxAge"/>; meetings, people and commitments are always read fresh.
/// </summary>
public sealed class PortalVocabulary
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private PortalLookups? _current;
    private long _loadedAt;

    public async Task<PortalLookups> GetAsync(IConcordiaDb db, CancellationToken ct)
    {
        if (Fresh() is { } cached) return cached;
        await _gate.WaitAsync(ct);
        try
        {
            if (Fresh() is { } again) return again;
            _current = await PortalLookups.LoadAsync(db, ct);
            _loadedAt = Stopwatch.GetTimestamp();
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Drops the cached names, for a caller that has just changed them.</summary>
    public void Invalidate() => _current = null;

    private PortalLookups? Fresh() =>
        _current is { } c && Stopwatch.GetElapsedTime(_loadedAt) < MaxAge ? c : null;
}
