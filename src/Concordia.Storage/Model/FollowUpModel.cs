using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Storage.Model;

internal static class FollowUpModel
{
    public static void Configure(ModelBuilder b)
    {
        ConfigureCommitments(b);
        b.Entity<CommitmentLink>(e =>
        {
            e.Property(l => l.Note).HasMaxLength(2000);
            e.HasOne<Commitment>().WithMany().HasForeignKey(l => l.EarlierId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Commitment>().WithMany().HasForeignKey(l => l.LaterId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Meeting>().WithMany().HasForeignKey(l => l.LaterMeetingId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(l => l.EarlierId);
        });
    }

    private static void ConfigureCommitments(ModelBuilder b) =>
        b.Entity<Commitment>(e =>
        {
            e.Property(c => c.Action).HasMaxLength(1000);
            e.Property(c => c.MechanismId).HasMaxLength(64);
            e.Property(c => c.PriorityArea).HasMaxLength(64);
            e.Property(c => c.Target).HasConversion<Converters.MoneyConverter>().HasMaxLength(64);
            e.Ignore(c => c.Parties);
            e.Ignore(c => c.ComplianceScore);
            e.Property<CountryCode[]>("_parties").HasColumnName("Parties").HasMaxLength(800)
                .HasConversion(Converters.CountryList, Converters.ArrayComparer<CountryCode>());
            e.HasOne<Mechanism>().WithMany().HasForeignKey(c => c.MechanismId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Meeting>().WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<PriorityArea>().WithMany().HasForeignKey(c => c.PriorityArea).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Person>().WithMany().HasForeignKey(c => c.ProposerId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(c => c.ProposerId);
            e.HasIndex(c => c.Status);
            e.HasIndex(c => c.Deadline);
            e.OwnsMany(c => c.History, h =>
            {
                h.ToTable("CommitmentStatusChanges");
                h.WithOwner().HasForeignKey("CommitmentId");
                h.HasKey("CommitmentId", nameof(StatusChange.Sequence));
                h.Property(x => x.Sequence).ValueGeneratedNever();
                h.Ignore(x => x.Evidence);
                h.Property(x => x.Note).HasMaxLength(2000);
                h.Property(x => x.EvidenceUrl).HasMaxLength(2000);
                h.Property(x => x.EvidenceNote).HasMaxLength(2000);
            });
        });
}
