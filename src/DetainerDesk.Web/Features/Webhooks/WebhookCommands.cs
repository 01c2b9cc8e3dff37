using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Notifications;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Webhooks;

/// <summary>Subscribing and unsubscribing, shared by the API and the page; always within the caller's organisation, always audited.</summary>
public static class WebhookCommands
{
    public static IQueryable<WebhookSubscription> ActiveOf(this IQueryable<WebhookSubscription> subscriptions, Caller caller) =>
        subscriptions.Where(s => s.OrganisationId == caller.OrganisationId && s.DeletedAtUtc == null);

    public static Task<List<WebhookSubscription>> ListAsync(AppDbContext db, Caller caller, CancellationToken ct) =>
        db.WebhookSubscriptions.AsNoTracking().ActiveOf(caller).OrderBy(s => s.CreatedAtUtc).ThenBy(s => s.Id).ToListAsync(ct);

    /// <summary>Saves a valid request; returns the response with the secret, the only time anyone sees it.</summary>
    public static async Task<CreatedWebhookResponse> CreateAsync(AppDbContext db, WebhookSecrets secrets, TimeProvider clock, Caller caller,
        string url, IEnumerable<string> eventTypes, CancellationToken ct)
    {
        var secret = WebhookSecrets.Generate();
        var subscription = new WebhookSubscription
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            OrganisationId = caller.OrganisationId,
            Url = url,
            EventTypes = string.Join(' ', eventTypes.Distinct(StringComparer.Ordinal)),
            ProtectedSecret = secrets.Protect(secret),
            CreatedBy = caller.ActorId,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.WebhookSubscriptions.Add(subscription);
        new AuditLog(db, clock).Add(caller.Actor, "webhook.create", "WebhookSubscription", subscription.Id.ToString(),
            details: $"url={subscription.Url};events={subscription.EventTypes}");
        await db.SaveChangesAsync(ct);
        return new CreatedWebhookResponse(subscription.Id, subscription.Url, subscription.EventTypeList, subscription.CreatedAtUtc, secret);
    }

    /// <summary>Stops deliveries to a subscription of the caller's organisation; false when there is none with that id.</summary>
    public static async Task<bool> DeleteAsync(AppDbContext db, TimeProvider clock, Caller caller, Guid id, CancellationToken ct)
    {
        var subscription = await db.WebhookSubscriptions.ActiveOf(caller).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null) return false;
        subscription.DeletedAtUtc = clock.GetUtcNow().UtcDateTime;
        new AuditLog(db, clock).Add(caller.Actor, "webhook.delete", "WebhookSubscription", subscription.Id.ToString());
        await db.SaveChangesAsync(ct);
        return true;
    }
}
