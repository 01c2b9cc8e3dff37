using System.Text.Json;
using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Notifications;

/// <summary>
/// Every notification is also delivered by e-mail and to the organisation's webhooks. The delivery job is queued in
/// the SaveChanges that adds the notification, wherever that happens: nothing is lost if the app stops after the save,
/// and nothing is sent for a change that rolled back.
/// </summary>
public static class NotificationDelivery
{
    public const string JobKind = "notification.deliver";
    public const string MailJobKind = "mail.send";
    public const string WebhookJobKind = "webhook.deliver";

    public sealed record Payload(Guid Id);

    /// <summary>Called by <see cref="AppDbContext.SaveChangesAsync(bool, CancellationToken)"/> before it saves.</summary>
    public static void EnqueueForNewNotifications(AppDbContext db)
    {
        // Added entities are tracked as Added already; skipping another full DetectChanges keeps large saves (seeding) fast.
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var added = db.ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
            if (added.Count == 0) return;
            // A SaveChanges that failed and is called again must not queue a second delivery.
            var queued = db.ChangeTracker.Entries<OutboxJob>()
                .Where(e => e.State == EntityState.Added && e.Entity.Kind == JobKind)
                .Select(e => e.Entity.Payload)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var notification in added)
            {
                if (queued.Contains(JsonSerializer.Serialize(new Payload(notification.Id)))) continue;
                JobQueue.Enqueue(db, JobKind, new Payload(notification.Id), notification.CreatedAtUtc, notification.CreatedAtUtc);
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }
}
