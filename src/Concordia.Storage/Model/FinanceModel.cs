using Concordia.Domain.Documents;
using Concordia.Domain.Finance;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Storage.Model;

internal static class FinanceModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Fund>(e =>
        {
            e.Property(f => f.Name).HasMaxLength(200);
            e.Property(f => f.ShortName).HasMaxLength(40);
            e.Property(f => f.MechanismId).HasMaxLength(64);
            e.Property(f => f.AnnualTarget).HasConversion<Converters.MoneyConverter>().HasMaxLength(64);
            e.HasOne<Mechanism>().WithMany().HasForeignKey(f => f.MechanismId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<FundTarget>(e =>
        {
            e.ComplexProperty(t => t.Amount, m =>
            {
                m.Property(x => x.Amount).HasColumnName("Amount");
                m.Property(x => x.Currency).HasColumnName("Currency");
            });
            e.HasOne<Fund>().WithMany().HasForeignKey(t => t.FundId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(t => new { t.FundId, t.FromYear }).IsUnique();
        });

        b.Entity<PledgeMatch>(e =>
        {
            e.HasOne<Commitment>().WithMany().HasForeignKey(m => m.CommitmentId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<FinancialFlow>().WithMany().HasForeignKey(m => m.FlowId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Contribution>().WithMany().HasForeignKey(m => m.ContributionId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(m => m.CommitmentId);
        });

        b.Entity<Contribution>(e =>
        {
            e.ComplexProperty(c => c.Amount, m =>
            {
                m.Property(x => x.Amount).HasColumnName("Amount");
                m.Property(x => x.Currency).HasColumnName("Currency");
            });
            e.Property(c => c.Note).HasMaxLength(1000);
            e.HasOne<Fund>().WithMany().HasForeignKey(c => c.FundId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(c => new { c.FundId, c.Year });
        });

        b.Entity<FinancialFlow>(e =>
        {
            e.ToTable("Flows");
            e.ComplexProperty(f => f.Amount, m =>
            {
                m.Property(x => x.Amount).HasColumnName("Amount");
                m.Property(x => x.Currency).HasColumnName("Currency");
            });
            e.Property(f => f.Title).HasMaxLength(400);
            e.Property(f => f.Channel).HasMaxLength(200);
            e.Property(f => f.Sector).HasMaxLength(200);
            e.HasOne<FinancialFlow>().WithMany().HasForeignKey(f => f.ParentFlowId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Document>().WithMany().HasForeignKey(f => f.SourceDocumentId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(f => new { f.Provider, f.Recipient, f.FiscalYear });
        });
    }
}
