using Concordia.Domain;
using Concordia.Domain.Documents;
using Concordia.Domain.Finance;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Forum;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Concordia.Application.Abstractions;

/// <summary>Which database engine stores the registry; features such as full-text search differ per engine.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// The registry's store: one EF Core model on SQLite or PostgreSQL. Saving raises each changed record's
/// <see cref="Entity.Version"/>; a save whose expected version is stale throws <see cref="DbUpdateConcurrencyException"/>.
/// </summary>
public interface IConcordiaDb
{
    DatabaseProvider Provider { get; }

    DbSet<Country> Countries { get; }
    DbSet<Mechanism> Mechanisms { get; }
    DbSet<Membership> Memberships { get; }
    DbSet<ChairTerm> ChairTerms { get; }
    DbSet<Meeting> Meetings { get; }
    DbSet<MeetingKindTerm> MeetingKinds { get; }
    DbSet<Person> People { get; }
    DbSet<Delegation> Delegations { get; }
    DbSet<Strategy> Strategies { get; }
    DbSet<PriorityArea> PriorityAreas { get; }
    DbSet<Commitment> Commitments { get; }
    DbSet<CommitmentLink> CommitmentLinks { get; }
    DbSet<Fund> Funds { get; }
    DbSet<FundTarget> FundTargets { get; }
    DbSet<Contribution> Contributions { get; }
    DbSet<PledgeMatch> PledgeMatches { get; }
    DbSet<FinancialFlow> Flows { get; }
    DbSet<Document> Documents { get; }
    DbSet<Fact> Facts { get; }
    DbSet<RecordSource> RecordSources { get; }
    DbSet<MeetingOutcome> MeetingOutcomes { get; }
    DbSet<BusinessForum> BusinessForums { get; }
    DbSet<Firm> Firms { get; }

    /// <summary>Every saved change, newest last; written by storage, read-only for callers.</summary>
    DbSet<AuditEntry> AuditTrail { get; }

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity) where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

public static class ConcordiaDbExtensions
{
    /// <summary>
    /// Makes the next save succeed only if the stored record still has <paramref name="expectedVersion"/>
    /// (the version a client read, from its If-Match header).
    /// </summary>
    public static void ExpectVersion<TEntity>(this IConcordiaDb db, TEntity entity, long expectedVersion) where TEntity : Entity =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = expectedVersion;
}
