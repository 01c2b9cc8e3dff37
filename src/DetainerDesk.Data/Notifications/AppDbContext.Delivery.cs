using DetainerDesk.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Persistence;

/// <summary>Delivery of notifications beyond the inbox: e-mail and webhooks to agency systems.</summary>
public abstract partial class AppDbContext
{
    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
}
