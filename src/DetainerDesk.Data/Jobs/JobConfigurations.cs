using DetainerDesk.Data.Notifications;
using DetainerDesk.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DetainerDesk.Data.Jobs;

internal sealed class OutboxJobConfiguration : IEntityTypeConfiguration<OutboxJob>
{
    public void Configure(EntityTypeBuilder<OutboxJob> b)
    {
        b.Property(j => j.Kind).HasMaxLength(64);
        b.Property(j => j.Payload).HasMaxLength(4000);
        b.Property(j => j.LockedBy).HasMaxLength(100);
        b.Property(j => j.LastError).HasMaxLength(2000);
        // The processor's claim: open jobs by due time.
        b.HasIndex(j => new { j.CompletedAtUtc, j.DeadLetteredAtUtc, j.DueAtUtc });
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.Kind).HasMaxLength(64);
        b.Property(n => n.Title).HasMaxLength(200);
        b.Property(n => n.Body).HasMaxLength(2000);
        b.Property(n => n.UserId).HasMaxLength(450);
        b.Property(n => n.EntityType).HasMaxLength(64);
        b.Property(n => n.EntityId).HasMaxLength(64);
        b.HasIndex(n => new { n.OrganisationId, n.ReadAtUtc, n.CreatedAtUtc });
        b.HasIndex(n => n.SourceJobId).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(n => n.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
