using System.Globalization;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Infrastructure;

/// <summary>
/// Forgets stored Idempotency-Key answers once no jail system would still retry them (<c>Idempotency:RetentionDays</c>,
/// default 30), so the table stays the size of a month of traffic rather than growing for ever. A retry after that is
/// a new request; the records it would have created already exist, and their steps refuse a repeat by state.
/// Deleting old rows is idempotent, so each node sweeps on its own timer (at start and then daily); it is not an outbox
/// job, whose drains in tests and restarts should only ever see the product's own work.
/// </summary>
public sealed class IdempotencySweep(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<IdempotencySweep> log)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);
    // A reservation never completed belongs to a request that died; the filter takes such keys over after minutes.
    private static readonly TimeSpan AbandonedReservation = TimeSpan.FromDays(1);

    public TimeSpan Retention => TimeSpan.FromDays(configuration.GetValue("Idempotency:RetentionDays", 30));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "The idempotency-key sweep failed; it runs again in a day.");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One sweep: deletes old answers and abandoned reservations, audited with the number removed.</summary>
    public async Task<int> RunAsync(AppDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var completedBefore = now - Retention;
        var reservedBefore = now - AbandonedReservation;
        var removed = await db.IdempotencyRecords
            .Where(r => (r.CompletedAtUtc != null && r.CompletedAtUtc < completedBefore) || (r.CompletedAtUtc == null && r.CreatedAtUtc < reservedBefore))
            .ExecuteDeleteAsync(ct);
        // Every write is audited; a sweep that removed nothing wrote nothing.
        if (removed > 0)
            await new AuditLog(db, clock).RecordAsync(Actor.System, "idempotency.sweep", "IdempotencyRecord", "*",
            details: string.Create(CultureInfo.InvariantCulture, $"removed={removed};completedBefore={completedBefore:O}"), cancellationToken: ct);
        return removed;
    }
}
