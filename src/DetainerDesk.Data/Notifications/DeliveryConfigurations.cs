using DetainerDesk.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DetainerDesk.Data.Notifications;

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> b)
    {
        b.Property(m => m.UserId).HasMaxLength(450);
        b.Property(m => m.To).HasMaxLength(256);
        b.Property(m => m.Subject).HasMaxLength(300);
        b.Property(m => m.Body).HasMaxLength(4000);
        b.Property(m => m.Transport).HasMaxLength(16);
        b.HasIndex(m => m.CreatedAtUtc);
        b.HasIndex(m => m.NotificationId);
        b.HasOne(m => m.Job).WithMany().HasForeignKey(m => m.JobId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> b)
    {
        b.Property(s => s.Url).HasMaxLength(2000);
        b.Property(s => s.EventTypes).HasMaxLength(1000);
        b.Property(s => s.ProtectedSecret).HasMaxLength(1000);
        b.Property(s => s.CreatedBy).HasMaxLength(450);
        b.Ignore(s => s.EventTypeList);
        b.HasIndex(s => new { s.OrganisationId, s.DeletedAtUtc });
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> b)
    {
        b.Property(d => d.EventType).HasMaxLength(64);
        b.Property(d => d.Body).HasMaxLength(8000);
        b.HasIndex(d => d.SubscriptionId);
        b.HasIndex(d => d.JobId);
        b.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.Job).WithMany().HasForeignKey(d => d.JobId).OnDelete(DeleteBehavior.SetNull);
    }
}
