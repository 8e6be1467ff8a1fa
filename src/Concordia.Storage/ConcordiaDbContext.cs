using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Documents;
using Concordia.Domain.Finance;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Forum;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;
using Concordia.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Concordia.Storage;

/// <summary>
/// The one EF Core model of the registry. Each database has a subclass of its own (<see cref="Sqlite.SqliteConcordiaDbContext"/>,
/// <see cref="Postgres.PostgresConcordiaDbContext"/>) so that each keeps its own migrations.
/// </summary>
public abstract class ConcordiaDbContext(DbContextOptions options, IAuditActor? actor, TimeProvider? clock) : DbContext(options), IConcordiaDb
{
    private readonly IAuditActor _actor = actor ?? new SystemActor();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public abstract DatabaseProvider Provider { get; }

    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Mechanism> Mechanisms => Set<Mechanism>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<ChairTerm> ChairTerms => Set<ChairTerm>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingKindTerm> MeetingKinds => Set<MeetingKindTerm>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Delegation> Delegations => Set<Delegation>();
    public DbSet<Strategy> Strategies => Set<Strategy>();
    public DbSet<PriorityArea> PriorityAreas => Set<PriorityArea>();
    public DbSet<Commitment> Commitments => Set<Commitment>();
    public DbSet<CommitmentLink> CommitmentLinks => Set<CommitmentLink>();
    public DbSet<Fund> Funds => Set<Fund>();
    public DbSet<FundTarget> FundTargets => Set<FundTarget>();
    public DbSet<Contribution> Contributions => Set<Contribution>();
    public DbSet<PledgeMatch> PledgeMatches => Set<PledgeMatch>();
    public DbSet<FinancialFlow> Flows => Set<FinancialFlow>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<Fact> Facts => Set<Fact>();
    public DbSet<RecordSource> RecordSources => Set<RecordSource>();
    public DbSet<MeetingOutcome> MeetingOutcomes => Set<MeetingOutcome>();
    public DbSet<BusinessForum> BusinessForums => Set<BusinessForum>();
    public DbSet<Firm> Firms => Set<Firm>();
    public DbSet<AuditEntry> AuditTrail => Set<AuditEntry>();

    /// <summary>Saves, raising versions and writing the audit trail; returns the number of registry rows written (audit rows not counted).</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var audited = StampAndAudit();
        return base.SaveChanges(acceptAllChangesOnSuccess) - audited;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var audited = StampAndAudit();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken) - audited;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => ConfigureValueTypes(configurationBuilder);

    /// <summary>How value types are stored; a provider subclass may add its own conversions.</summary>
    protected static void ConfigureValueTypes(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<CountryCode>().HaveConversion<Converters.CountryCodeConverter>().HaveMaxLength(2);
        configurationBuilder.Properties<PartialDate>().HaveConversion<Converters.PartialDateConverter>().HaveMaxLength(10);
        configurationBuilder.Properties<Currency>().HaveConversion<Converters.CurrencyConverter>().HaveMaxLength(3);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<decimal>().HavePrecision(24, 4);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        RegistryModel.Configure(modelBuilder);
        FollowUpModel.Configure(modelBuilder);
        FinanceModel.Configure(modelBuilder);
        DocumentsModel.Configure(modelBuilder);
        ForumModel.Configure(modelBuilder);
        Search.SearchModel.Configure(modelBuilder);
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("AuditTrail");
            e.Property(a => a.Id).ValueGeneratedNever();
            e.Property(a => a.EntityType).HasMaxLength(64);
            e.Property(a => a.EntityKey).HasMaxLength(200);
            e.Property(a => a.Actor).HasMaxLength(200);
            e.HasIndex(a => new { a.EntityType, a.EntityKey });
        });
        foreach (var type in modelBuilder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            modelBuilder.Entity(type.ClrType).Property(nameof(Entity.Version)).IsConcurrencyToken();
            // Ids are chosen by the domain, so a record reached through a navigation is new, not a stale copy.
            if (typeof(IdentifiedEntity).IsAssignableFrom(type.ClrType))
                modelBuilder.Entity(type.ClrType).Property(nameof(IdentifiedEntity.Id)).ValueGeneratedNever();
        }
    }

    private int StampAndAudit()
    {
        var changes = VersionStamp.Apply(ChangeTracker);
        var at = _clock.GetUtcNow();
        foreach (var (entry, action) in changes)
        {
            var key = string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
            var version = (long)entry.Property(nameof(Entity.Version)).CurrentValue!;
            AuditTrail.Add(AuditEntry.Record(entry.Metadata.ClrType.Name, key, action, version, at, _actor.Name));
        }

        return changes.Count;
    }

    EntityEntry<TEntity> IConcordiaDb.Entry<TEntity>(TEntity entity) => Entry(entity);
}
