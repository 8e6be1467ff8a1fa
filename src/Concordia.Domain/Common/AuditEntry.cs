namespace Concordia.Domain;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
}

/// <summary>One change to a stored record: what, which record, at which version, when and by whom. Written by storage on save.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        EntityType = "";
        EntityKey = "";
        Actor = "";
    }

    public Guid Id { get; private set; }
    public string EntityType { get; private set; }
    public string EntityKey { get; private set; }
    public AuditAction Action { get; private set; }

    /// <summary>The record's version after the change (before it, for a deletion).</summary>
    public long Version { get; private set; }

    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; }

    public static AuditEntry Record(string entityType, string entityKey, AuditAction action, long version, DateTimeOffset at, string actor) =>
        new()
        {
            Id = Guid.CreateVersion7(), EntityType = entityType, EntityKey = entityKey, Action = action, Version = version,
            At = at.ToUniversalTime(), Actor = string.IsNullOrWhiteSpace(actor) ? "unknown" : actor.Trim(),
        };
}
