namespace Concordia.Application.Abstractions;

/// <summary>Who is making the changes of the current unit of work; written into the audit trail on each save.</summary>
public interface IAuditActor
{
    string Name { get; }
}

/// <summary>The actor of start-up work and the command line: reference data, migrations, sample loading.</summary>
public sealed class SystemActor : IAuditActor
{
    public string Name => "system";
}
