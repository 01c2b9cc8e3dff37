using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Notifications;

/// <summary>
/// Fans one notification out: one e-mail per user of the organisation (or to the one user it names) and one delivery
/// per webhook subscription of that organisation that wants its kind. Each gets a job of its own, so a failing
/// receiver is retried alone and never makes the others send twice.
/// </summary>
public sealed class NotificationDeliveryJob(TimeProvider clock) : IJobHandler
{
    public string Kind => NotificationDelivery.JobKind;

    public async Task HandleAsync(OutboxJob job, AppDbContext db, CancellationToken ct)
    {
        var id = JobQueue.ReadPayload<NotificationDelivery.Payload>(job).Id;
        var notification = await db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, ct)
            ?? throw new InvalidOperationException($"Notification {id} does not exist.");
        var organisation = await db.Organisations.Where(o => o.Id == notification.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;

        var recipients = await db.Users
            .Where(u => u.OrganisationId == notification.OrganisationId && !u.Disabled && u.Email != null)
            .Where(u => notification.UserId == null || u.Id == notification.UserId)
            .OrderBy(u => u.Email)
            .Select(u => new { u.Id, Email = u.Email! })
            .ToListAsync(ct);
        foreach (var user in recipients)
        {
            var mail = NotificationMail.Compose(notification, organisation, user.Id, user.Email, Guid.CreateVersion7(clock.GetUtcNow()), now);
            mail.Job = JobQueue.Enqueue(db, NotificationDelivery.MailJobKind, new NotificationDelivery.Payload(mail.Id), now, now);
            db.OutgoingMails.Add(mail);
        }

        var subscriptions = await db.WebhookSubscriptions.AsNoTracking()
            .Where(s => s.OrganisationId == notification.OrganisationId && s.DeletedAtUtc == null)
            .ToListAsync(ct);
        var deliveries = 0;
        foreach (var subscription in subscriptions.Where(s => s.Wants(notification.Kind)))
        {
            var deliveryId = Guid.CreateVersion7(clock.GetUtcNow());
            var delivery = new WebhookDelivery
            {
                Id = deliveryId,
                SubscriptionId = subscription.Id,
                OrganisationId = subscription.OrganisationId,
                NotificationId = notification.Id,
                EventType = notification.Kind,
                Body = WebhookEnvelope.Serialize(deliveryId, notification),
                CreatedAtUtc = now,
            };
            delivery.Job = JobQueue.Enqueue(db, NotificationDelivery.WebhookJobKind, new NotificationDelivery.Payload(delivery.Id), now, now);
            db.WebhookDeliveries.Add(delivery);
            deliveries++;
        }
        new AuditLog(db, clock).Add(Actor.System, "notification.deliver", "Notification", notification.Id.ToString(),
            details: $"job={job.Id};mails={recipients.Count};webhooks={deliveries}");
    }
}
