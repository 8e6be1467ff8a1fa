using Concordia.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Concordia.Storage;

/// <summary>
/// Raises <see cref="Entity.Version"/> of every record a save changes. A change to an owned part (a commitment's
/// history, a meeting's co-chairs) counts as a change of its owner, so the owner's ETag moves too.
/// </summary>
internal static class VersionStamp
{
    /// <summary>Stamps versions and returns each changed record (owners, not owned parts) with what happened to it.</summary>
    public static IReadOnlyList<(EntityEntry Entry, AuditAction Action)> Apply(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var entries = tracker.Entries().ToList();
        var changed = new HashSet<EntityEntry>(ReferenceEqualityComparer.Instance);
        foreach (var entry in entries.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            var root = entry.Metadata.IsOwned() ? OwnerOf(entry, entries) : entry;
            if (root is { Entity: Entity }) changed.Add(root);
        }

        var result = new List<(EntityEntry, AuditAction)>(changed.Count);
        foreach (var entry in changed)
        {
            var version = entry.Property(nameof(Entity.Version));
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Updated,
            };
            if (action == AuditAction.Created) version.CurrentValue = 1L;
            else if (action == AuditAction.Updated) version.CurrentValue = (long)version.OriginalValue! + 1;
            result.Add((entry, action));
        }

        return result;
    }

    private static EntityEntry? OwnerOf(EntityEntry owned, List<EntityEntry> entries)
    {
        var ownership = owned.Metadata.FindOwnership()!;
        var keys = ownership.Properties
            .Select(p => owned.State == EntityState.Deleted ? owned.Property(p.Name).OriginalValue : owned.Property(p.Name).CurrentValue)
            .ToArray();
        var owner = entries.FirstOrDefault(e => e.Metadata == ownership.PrincipalEntityType
                                                && ownership.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(keys));
        return owner is null ? null : owner.Metadata.IsOwned() ? OwnerOf(owner, entries) : owner;
    }
}
