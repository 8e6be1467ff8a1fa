using Concordia.Domain.Documents;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Storage.Model;

internal static class DocumentsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Document>(e =>
        {
            e.Property(d => d.Title).HasMaxLength(500);
            e.Property(d => d.Language).HasMaxLength(2);
            e.Property(d => d.Origin).HasMaxLength(2000);
            e.Property(d => d.ContentHash).HasMaxLength(64);
            e.HasIndex(d => d.ContentHash).IsUnique();
            e.HasOne<Document>().WithMany().HasForeignKey(d => d.DuplicateOfId).OnDelete(DeleteBehavior.SetNull);
        });

        b.Entity<RecordSource>(e =>
        {
            e.ToTable("RecordSources");
            e.ComplexProperty(s => s.Span, s =>
            {
                s.Property(x => x.Start).HasColumnName("SpanStart");
                s.Property(x => x.Length).HasColumnName("SpanLength");
            });
            e.HasOne<Document>().WithMany().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Fact>().WithMany().HasForeignKey(s => s.FactId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(s => new { s.Kind, s.RecordId });
        });

        b.Entity<MeetingOutcome>(e =>
        {
            e.HasOne<Meeting>().WithMany().HasForeignKey(o => o.MeetingId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Document>().WithMany().HasForeignKey(o => o.DocumentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(o => new { o.MeetingId, o.DocumentId }).IsUnique();
            e.HasIndex(o => o.DocumentId);
        });

        b.Entity<Fact>(e =>
        {
            e.ComplexProperty(f => f.Span, s =>
            {
                s.Property(x => x.Start).HasColumnName("SpanStart");
                s.Property(x => x.Length).HasColumnName("SpanLength");
            });
            e.Ignore(f => f.RuleIds);
            e.Property<string[]>("_ruleIds").HasColumnName("RuleIds").HasMaxLength(2000)
                .HasConversion(Converters.StringList, Converters.ArrayComparer<string>());
            e.HasOne<Document>().WithMany().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Fact>().WithMany().HasForeignKey(f => f.MergedIntoFactId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(f => new { f.State, f.Kind });
            e.HasIndex(f => f.DocumentId);
            e.OwnsMany(f => f.Decisions, d =>
            {
                d.ToTable("FactReviewDecisions");
                d.WithOwner().HasForeignKey("FactId");
                d.HasKey("FactId", nameof(ReviewDecision.Sequence));
                d.Property(x => x.Sequence).ValueGeneratedNever();
                d.Property(x => x.Reviewer).HasMaxLength(200);
                d.Property(x => x.Note).HasMaxLength(2000);
            });
        });
    }
}
