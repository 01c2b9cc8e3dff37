using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Domain.AtLarge.Priorities;
using DetainerDesk.Domain.Detainers;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.AtLarge;

/// <summary>
/// When a detainer ends in release without transfer (declined, or the hold expired without pick-up), an at-large case
/// opens for the issuing field office, linked to the detainer and classified under the framework in force on the day
/// of the release (issue 7). The save that records the release queues a job in the same transaction, whichever front
/// took the step (page, API, hold clock); the job opens the case, so a release is never lost and never opens two.
/// </summary>
public static class AtLargeOpening
{
    public const string JobKind = "atlarge.open";
    public const string AuditAction = "atlarge.case-open";
    public const string SystemActor = "system:at-large";

    public sealed record Payload(Guid DetainerId, DateTime ReleasedAtUtc);

    public static bool IsReleaseWithoutTransfer(DetainerAction action) => action is DetainerAction.ReleaseDeclined or DetainerAction.RecordHoldExpiry;

    /// <summary>
    /// Called by SaveChanges. Only detainers loaded and changed in this unit count: seeding and imports add detainers
    /// that already ended, and those are not new releases.
    /// </summary>
    internal static void EnqueueForNewReleases(AppDbContext db)
    {
        HashSet<Guid>? queued = null;
        foreach (var entry in db.ChangeTracker.Entries<Detainer>().Where(e => e.State == EntityState.Modified).ToList())
        {
            var release = entry.Entity.Events.LastOrDefault(e => IsReleaseWithoutTransfer(e.Action));
            if (release is null) continue;
            queued ??= [.. db.OutboxJobs.Local.Where(j => j.Kind == JobKind).Select(j => JobQueue.ReadPayload<Payload>(j).DetainerId)];
            if (queued.Add(entry.Entity.Id))
                JobQueue.Enqueue(db, JobKind, new Payload(entry.Entity.Id, release.AtUtc), release.AtUtc, release.AtUtc);
        }
    }

    /// <summary>Opens and classifies the case for a released detainer; null when it already has one or did not end in release.</summary>
    /// <param name="newId">Ids for the case and its classification (the demo data pass deterministic ones).</param>
    public static async Task<AtLargeCase?> OpenForReleaseAsync(AppDbContext db, Guid detainerId, DateTime releasedAtUtc, DateTime nowUtc,
        FrameworkBook frameworks, Func<Guid> newId, CancellationToken ct)
    {
        if (await db.AtLargeCases.AnyAsync(c => c.DetainerId == detainerId, ct)) return null;
        var detainer = await db.Detainers.AsNoTracking()
            .Where(d => d.Id == detainerId)
            .Select(d => new { d.Id, d.PersonId, d.IssuingOfficeId })
            .SingleOrDefaultAsync(ct);
        if (detainer is null) return null;
        var released = await db.DetainerEvents.AsNoTracking()
            .Where(e => e.DetainerId == detainerId && (e.Action == DetainerAction.ReleaseDeclined || e.Action == DetainerAction.RecordHoldExpiry))
            .Select(e => new { e.Action, e.AtUtc })
            .FirstOrDefaultAsync(ct);
        if (released is null) return null;

        var opened = AtLargeCase.Open(new OpenCaseCommand(newId(), detainer.PersonId, detainer.IssuingOfficeId, CaseOrigin.ReleasedWithoutTransfer,
            SystemActor, nowUtc, released.Action == DetainerAction.ReleaseDeclined
                ? "The agency released the person without transfer (declined)"
                : "The hold expired and the person was released without transfer", detainer.Id));
        var c = opened.Value ?? throw new InvalidOperationException(string.Join("; ", opened.Errors.Select(e => e.Message)));
        var day = DateOnly.FromDateTime(releasedAtUtc);
        if (frameworks.InForceOn(day) is { } framework)
            c.Classify(newId(), framework, await AtLargeFacts.ForPersonAsync(db, detainer.PersonId, day, ct), SystemActor, nowUtc);
        db.AtLargeCases.Add(c);
        return c;
    }
}

/// <summary>Runs the opening queued by <see cref="AtLargeOpening.EnqueueForNewReleases"/>, and audits it.</summary>
public sealed class AtLargeOpeningJob(TimeProvider clock) : IJobHandler
{
    public string Kind => AtLargeOpening.JobKind;

    public async Task HandleAsync(OutboxJob job, AppDbContext db, CancellationToken ct)
    {
        var payload = JobQueue.ReadPayload<AtLargeOpening.Payload>(job);
        var c = await AtLargeOpening.OpenForReleaseAsync(db, payload.DetainerId, payload.ReleasedAtUtc, clock.GetUtcNow().UtcDateTime, FrameworkBook.Embedded, Guid.NewGuid, ct);
        if (c is null) return;
        var classification = c.CurrentClassification;
        new AuditLog(db, clock).Add(Actor.System, AtLargeOpening.AuditAction, "AtLargeCase", c.Id.ToString(),
            details: $"detainer={payload.DetainerId};job={job.Id};framework={classification?.FrameworkKey ?? "none"};priority={classification?.Priority ?? "none"}");
    }
}
