using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Jobs;

/// <summary>
/// Claims due jobs for one node. On PostgreSQL the claim skips rows another node has locked (FOR UPDATE SKIP LOCKED),
/// so two nodes never claim the same job; SQLite has one writer at a time, so a plain UPDATE … RETURNING suffices.
/// </summary>
public static class JobClaims
{
    public static async Task<List<OutboxJob>> ClaimDueAsync(AppDbContext db, string node, DateTime nowUtc, TimeSpan lease, int batch, CancellationToken ct)
    {
        var until = nowUtc + lease;
        var sql = db.Database.IsNpgsql()
            ? """
              UPDATE "OutboxJobs" SET "LockedBy" = {0}, "LockedUntilUtc" = {1}, "Attempts" = "Attempts" + 1
              WHERE "Id" IN (
                SELECT "Id" FROM "OutboxJobs"
                WHERE "CompletedAtUtc" IS NULL AND "DeadLetteredAtUtc" IS NULL AND "DueAtUtc" <= {2}
                  AND ("LockedUntilUtc" IS NULL OR "LockedUntilUtc" < {2})
                ORDER BY "DueAtUtc", "Id" LIMIT {3}
                FOR UPDATE SKIP LOCKED)
              RETURNING *
              """
            : """
              UPDATE "OutboxJobs" SET "LockedBy" = {0}, "LockedUntilUtc" = {1}, "Attempts" = "Attempts" + 1
              WHERE "Id" IN (
                SELECT "Id" FROM "OutboxJobs"
                WHERE "CompletedAtUtc" IS NULL AND "DeadLetteredAtUtc" IS NULL AND "DueAtUtc" <= {2}
                  AND ("LockedUntilUtc" IS NULL OR "LockedUntilUtc" < {2})
                ORDER BY "DueAtUtc", "Id" LIMIT {3})
              RETURNING *
              """;
        // FromSqlRaw with a composed UPDATE is not allowed, so the statement is the whole query; AsEnumerable keeps EF from wrapping it.
        var claimed = db.OutboxJobs.FromSqlRaw(sql, node, until, nowUtc, batch).AsNoTracking().AsAsyncEnumerable();
        var jobs = new List<OutboxJob>();
        await foreach (var job in claimed.WithCancellation(ct)) jobs.Add(job);
        // RETURNING gives rows in no particular order; jobs must run in due order (a warning before the expiry it warns of).
        return [.. jobs.OrderBy(j => j.DueAtUtc).ThenBy(j => j.Id)];
    }
}
