namespace Concordia.Domain;

/// <summary>
/// Base of every stored record. <see cref="Version"/> is the optimistic concurrency token: storage raises it on each
/// save, and the API turns it into an ETag so a stale If-Match can be refused.
/// </summary>
public abstract class Entity
{
    public long Version { get; private set; }
}

/// <summary>A record identified by a time-ordered GUID chosen when it is created, so it can be referenced before saving.</summary>
public abstract class IdentifiedEntity : Entity
{
    protected IdentifiedEntity() => Id = Guid.CreateVersion7();

    public Guid Id { get; private set; }
}
