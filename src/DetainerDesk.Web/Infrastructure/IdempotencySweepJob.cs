using System.Globalization;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Infrastructure;

/// <summary>
/// Forgets stored Idempotency-Key answers once no jail system would still retry them (<c>Idempotency:RetentionDays</c>,
/// default 30), so the table stays the size of a month of traffic rather than growing for ever. A retry after that is
/// a new request; the records it would have created already exist, and their steps refuse a repeat by state.
/// One sweep a day, as a durable job that schedules the next one (one chain, even with many nodes).
/// </summary>
public sealed class IdempotencySweepJob(TimeProvider clock, IConfiguration configuration) : IJobHandler
{
    public const string JobKind = "idempotency.sweep";
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);
    // A reservation never completed belongs to a request that died; the filter takes such keys over after minutes.
    private static readonly TimeSpan AbandonedReservation = TimeSpan.FromDays(1);

    public string Kind => JobKind;

    public TimeSpan Retention => TimeSpan.FromDays(configuration.GetValue("Idempotency:RetentionDays", 30));

    /// <summary>At start-up: make sure a sweep is scheduled (a no-op when one is pending).</summary>
    public static async Task EnsureScheduledAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await PendingAsync(db, exceptJobId: null, ct)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        JobQueue.Enqueue(db, JobKind, new { }, now.Add(Interval), now);
        await db.SaveChangesAsync(ct);
    }

    public async Task HandleAsync(OutboxJob job, AppDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var completedBefore = now - Retention;
        var reservedBefore = now - AbandonedReservation;
        var removed = await db.IdempotencyRecords
            .Where(r => (r.CompletedAtUtc != null && r.CompletedAtUtc < completedBefore) || (r.CompletedAtUtc == null && r.CreatedAtUtc < reservedBefore))
            .ExecuteDeleteAsync(ct);
        new AuditLog(db, clock).Add(Actor.System, "idempotency.sweep", "IdempotencyRecord", "*",
            details: string.Create(CultureInfo.InvariantCulture, $"removed={removed};completedBefore={completedBefore:O}"));
        if (!await PendingAsync(db, job.Id, ct)) JobQueue.Enqueue(db, JobKind, new { }, now.Add(Interval), now);
    }

    private static Task<bool> PendingAsync(AppDbContext db, long? exceptJobId, CancellationToken ct) =>
        db.OutboxJobs.AnyAsync(j => j.Kind == JobKind && j.CompletedAtUtc == null && j.DeadLetteredAtUtc == null && j.Id != exceptJobId, ct);
}
