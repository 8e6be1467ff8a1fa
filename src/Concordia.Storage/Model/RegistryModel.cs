using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Storage.Model;

internal static class RegistryModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Country>(e =>
        {
            e.HasKey(c => c.Code);
            e.Property(c => c.NameEn).HasMaxLength(120);
            e.Property(c => c.NameVi).HasMaxLength(120);
        });

        b.Entity<Mechanism>(e =>
        {
            e.HasKey(m => m.Id);
            e.Property(m => m.Id).HasMaxLength(64);
            e.Property(m => m.Name).HasMaxLength(200);
            e.Property(m => m.ShortName).HasMaxLength(40);
            e.Property(m => m.Notes).HasMaxLength(4000);
            e.HasMany(m => m.Memberships).WithOne().HasForeignKey(m => m.MechanismId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(m => m.ChairTerms).WithOne().HasForeignKey(c => c.MechanismId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<Membership>(e =>
        {
            e.Property(m => m.MechanismId).HasMaxLength(64);
            e.HasIndex(m => new { m.MechanismId, m.Country });
            e.HasIndex(m => m.Country);
        });

        b.Entity<ChairTerm>(e =>
        {
            e.Property(c => c.MechanismId).HasMaxLength(64);
            e.Property(c => c.Basis).HasMaxLength(400);
        });

        ConfigureMeetings(b);
        ConfigurePeople(b);
        ConfigureStrategies(b);
    }

    private static void ConfigureMeetings(ModelBuilder b)
    {
        b.Entity<MeetingKindTerm>(e =>
        {
            e.HasKey(k => k.Kind);
            e.Ignore(k => k.Slug);
            e.Property(k => k.NameEn).HasMaxLength(120);
            e.Property(k => k.NameVi).HasMaxLength(120);
        });

        b.Entity<Meeting>(e =>
        {
            e.Property(m => m.MechanismId).HasMaxLength(64);
            e.Property(m => m.City).HasMaxLength(120);
            e.Property(m => m.Title).HasMaxLength(400);
            e.Ignore(m => m.CoChairIds);
            e.HasOne<Mechanism>().WithMany().HasForeignKey(m => m.MechanismId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Meeting>().WithMany().HasForeignKey(m => m.WithinMeetingId).OnDelete(DeleteBehavior.Restrict);
            // NULL ordinals and mechanisms are distinct on both databases, so only numbered meetings collide.
            e.HasIndex(m => new { m.MechanismId, m.Kind, m.Ordinal }).IsUnique();
            e.HasIndex(m => m.Start);
            e.OwnsMany(m => m.CoChairs, c =>
            {
                c.ToTable("MeetingCoChairs");
                c.WithOwner().HasForeignKey("MeetingId");
                c.HasKey("MeetingId", nameof(MeetingCoChair.PersonId));
                c.Property(x => x.PersonId).ValueGeneratedNever();
                c.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
            });
        });

        b.Entity<Delegation>(e =>
        {
            e.HasOne<Meeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(d => d.HeadPersonId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Person>().WithMany().HasForeignKey(d => d.OnBehalfOfPersonId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(d => new { d.MeetingId, d.Country });
        });
    }

    private static void ConfigurePeople(ModelBuilder b) =>
        b.Entity<Person>(e =>
        {
            e.ToTable("People");
            e.Property(p => p.Name).HasMaxLength(200);
            e.Property(p => p.NameKey).HasMaxLength(200);
            e.HasIndex(p => p.NameKey);
            e.OwnsMany(p => p.Roles, r =>
            {
                r.ToTable("PersonRoles");
                r.WithOwner().HasForeignKey("PersonId");
                r.HasKey("PersonId", nameof(Role.Sequence));
                r.Property(x => x.Sequence).ValueGeneratedNever();
                r.Property(x => x.Title).HasMaxLength(200);
                r.Property(x => x.Organisation).HasMaxLength(200);
            });
        });

    private static void ConfigureStrategies(ModelBuilder b)
    {
        b.Entity<Strategy>(e =>
        {
            e.Property(s => s.MechanismId).HasMaxLength(64);
            e.Property(s => s.Name).HasMaxLength(300);
            e.HasOne<Mechanism>().WithMany().HasForeignKey(s => s.MechanismId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Meeting>().WithMany().HasForeignKey(s => s.AdoptedAtMeetingId).OnDelete(DeleteBehavior.Restrict);
            e.OwnsMany(s => s.Pillars, p =>
            {
                p.ToTable("StrategyPillars");
                p.WithOwner().HasForeignKey("StrategyId");
                p.HasKey("StrategyId", nameof(Pillar.Number));
                p.Property(x => x.Number).ValueGeneratedNever();
                p.Property(x => x.Title).HasMaxLength(300);
                p.Ignore(x => x.PriorityAreas);
                p.Property<string[]>("_priorityAreas").HasColumnName("PriorityAreas")
                    .HasConversion(Converters.StringList, Converters.ArrayComparer<string>());
            });
        });

        b.Entity<PriorityArea>(e =>
        {
            e.HasKey(a => a.Code);
            e.Property(a => a.Code).HasMaxLength(64);
            e.Property(a => a.NameEn).HasMaxLength(120);
            e.Property(a => a.NameVi).HasMaxLength(120);
            e.Ignore(a => a.Sdgs);
            e.Property<int[]>("_sdgs").HasColumnName("Sdgs").HasConversion(Converters.IntList, Converters.ArrayComparer<int>());
        });
    }
}
