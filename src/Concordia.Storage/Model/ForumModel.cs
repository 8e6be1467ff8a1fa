using Concordia.Domain.Forum;
using Concordia.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Storage.Model;

internal static class ForumModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<BusinessForum>(e =>
        {
            e.Property(f => f.Name).HasMaxLength(300);
            e.Property(f => f.MechanismId).HasMaxLength(64);
            e.Property(f => f.City).HasMaxLength(120);
            e.HasOne<Mechanism>().WithMany().HasForeignKey(f => f.MechanismId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Meeting>().WithMany().HasForeignKey(f => f.MeetingId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<Firm>(e =>
        {
            e.Property(f => f.Name).HasMaxLength(300);
            e.Property(f => f.Sector).HasMaxLength(120);
            e.Property(f => f.Offers).HasMaxLength(2000);
            e.Property(f => f.Needs).HasMaxLength(2000);
            e.HasOne<BusinessForum>().WithMany().HasForeignKey(f => f.ForumId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
