using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Webhooks;

public sealed record DeadLetteredDelivery(Guid Id, string Organisation, string Url, string EventType, DateTime CreatedAtUtc,
    int Attempts, string? LastError, DateTime DeadLetteredAtUtc);

/// <summary>Webhook deliveries that failed every attempt, and putting one back in the queue.</summary>
public static class DeadLetterQueries
{
    public static Task<List<DeadLetteredDelivery>> ListAsync(AppDbContext db, int take, CancellationToken ct) =>
        (from d in db.WebhookDeliveries
         join j in db.OutboxJobs on d.JobId equals j.Id
         join s in db.WebhookSubscriptions on d.SubscriptionId equals s.Id
         join o in db.Organisations on d.OrganisationId equals o.Id
         where j.DeadLetteredAtUtc != null && d.DeliveredAtUtc == null
         orderby j.DeadLetteredAtUtc descending, d.Id
         select new DeadLetteredDelivery(d.Id, o.Name, s.Url, d.EventType, d.CreatedAtUtc, j.Attempts, j.LastError, j.DeadLetteredAtUtc!.Value))
        .Take(take)
        .AsNoTracking()
        .ToListAsync(ct);

    /// <summary>Gives a dead-lettered delivery a fresh set of attempts, due now; false when it is not dead-lettered.</summary>
    public static async Task<bool> RetryAsync(AppDbContext db, Guid deliveryId, DateTime nowUtc, CancellationToken ct)
    {
        var jobId = await db.WebhookDeliveries.Where(d => d.Id == deliveryId && d.DeliveredAtUtc == null).Select(d => d.JobId).SingleOrDefaultAsync(ct);
        if (jobId is null) return false;
        return await db.OutboxJobs
            .Where(j => j.Id == jobId && j.DeadLetteredAtUtc != null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.DeadLetteredAtUtc, (DateTime?)null)
                .SetProperty(j => j.Attempts, 0)
                .SetProperty(j => j.DueAtUtc, nowUtc)
                .SetProperty(j => j.LockedBy, (string?)null)
                .SetProperty(j => j.LockedUntilUtc, (DateTime?)null), ct) == 1;
    }
}
