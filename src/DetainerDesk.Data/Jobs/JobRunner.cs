using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DetainerDesk.Data.Jobs;

/// <summary>Runs one kind of job. Its changes and the job's completion are saved in one transaction by the runner.</summary>
public interface IJobHandler
{
    string Kind { get; }
    Task HandleAsync(OutboxJob job, AppDbContext db, CancellationToken ct);
}

/// <summary>
/// Claims due jobs for this node and runs each in its own scope and transaction. A failed job is retried with
/// exponential back-off and dead-lettered after <see cref="MaxAttempts"/>; a job whose lease another node has taken
/// over is not completed twice (the completion checks the lease holder, and the whole transaction rolls back).
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, TimeProvider clock, ILogger<JobRunner> log)
{
    public const int MaxAttempts = 8;
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task<int> RunDueOnceAsync(string node, int batch, CancellationToken ct)
    {
        List<OutboxJob> jobs;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            jobs = await JobClaims.ClaimDueAsync(db, node, clock.GetUtcNow().UtcDateTime, Lease, batch, ct);
        }
        var done = 0;
        foreach (var job in jobs)
        {
            try
            {
                if (await RunAsync(job, node, ct)) done++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Job {JobId} ({Kind}) failed on attempt {Attempt}", job.Id, job.Kind, job.Attempts);
                await RescheduleAsync(job, node, ex, ct);
            }
        }
        return done;
    }

    private async Task<bool> RunAsync(OutboxJob job, string node, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var handler = scope.ServiceProvider.GetServices<IJobHandler>().SingleOrDefault(h => h.Kind == job.Kind)
            ?? throw new InvalidOperationException($"No handler for job kind '{job.Kind}'.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await handler.HandleAsync(job, db, ct);
        await db.SaveChangesAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var completed = await db.OutboxJobs
            .Where(j => j.Id == job.Id && j.LockedBy == node && j.CompletedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.CompletedAtUtc, now).SetProperty(j => j.LockedUntilUtc, (DateTime?)null), ct);
        if (completed == 0)
        {
            // Our lease ran out and another node owns the job now: leave it to that node.
            await transaction.RollbackAsync(ct);
            return false;
        }
        await transaction.CommitAsync(ct);
        return true;
    }

    private async Task RescheduleAsync(OutboxJob job, string node, Exception error, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var message = error.Message.Length > 2000 ? error.Message[..2000] : error.Message;
        DateTime? deadLettered = job.Attempts >= MaxAttempts ? now : null;
        var retryAt = now + Backoff(job.Attempts);
        await db.OutboxJobs
            .Where(j => j.Id == job.Id && j.LockedBy == node)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LockedBy, (string?)null)
                .SetProperty(j => j.LockedUntilUtc, (DateTime?)null)
                .SetProperty(j => j.DueAtUtc, retryAt)
                .SetProperty(j => j.LastError, message)
                .SetProperty(j => j.DeadLetteredAtUtc, deadLettered), ct);
    }

    /// <summary>2 s, 4 s, 8 s … capped at one hour.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, Math.Clamp(attempts, 1, 12))));
}
