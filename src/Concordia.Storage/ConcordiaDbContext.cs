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
public abstract class ConcordiaDbContext(DbContextOptions options) : DbContext(options), IConcordiaDb
{
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
    public DbSet<BusinessForum> BusinessForums => Set<BusinessForum>();
    public DbSet<Firm> Firms => Set<Firm>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        VersionStamp.Apply(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        VersionStamp.Apply(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
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
        foreach (var type in modelBuilder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            modelBuilder.Entity(type.ClrType).Property(nameof(Entity.Version)).IsConcurrencyToken();
            // Ids are chosen by the domain, so a record reached through a navigation is new, not a stale copy.
            if (typeof(IdentifiedEntity).IsAssignableFrom(type.ClrType))
                modelBuilder.Entity(type.ClrType).Property(nameof(IdentifiedEntity.Id)).ValueGeneratedNever();
        }
    }

    EntityEntry<TEntity> IConcordiaDb.Entry<TEntity>(TEntity entity) => Entry(entity);
}
