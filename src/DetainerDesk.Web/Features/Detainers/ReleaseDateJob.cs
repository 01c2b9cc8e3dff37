using System.Globalization;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Notifications;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>
/// Alerts the issuing office when a release date is set or changes, through the outbox so the alert is saved with
/// the date. Sent only while ICE may lawfully be told (the decision allows notice, or a notice already went out on a
/// legal basis), checked again when the job runs because the decision can change in between.
/// </summary>
public sealed class ReleaseDateJob(TimeProvider clock) : IJobHandler
{
    public const string JobKind = "detainer.release-date";
    public sealed record Payload(Guid DetainerId, bool Changed);

    public string Kind => JobKind;

    public static bool IceMayBeTold(Detainer d) => d.Decision is { AllowsNotification: true } || d.NotifiedAtUtc is not null;

    public static void Enqueue(AppDbContext db, Guid detainerId, bool changed, DateTime nowUtc) =>
        JobQueue.Enqueue(db, JobKind, new Payload(detainerId, changed), nowUtc, nowUtc);

    public async Task HandleAsync(OutboxJob job, AppDbContext db, CancellationToken ct)
    {
        var payload = JobQueue.ReadPayload<Payload>(job);
        var d = await db.Detainers.AsNoTracking().SingleOrDefaultAsync(x => x.Id == payload.DetainerId, ct);
        if (d is not { ReleaseDateUtc: { } release } || DetainerStatuses.IsTerminal(d.Status) || !IceMayBeTold(d)) return;
        var zoneId = await db.Facilities.Where(f => f.Id == d.FacilityId).Select(f => f.TimeZone).SingleAsync(ct);
        var local = TimeZoneInfo.ConvertTimeFromUtc(release, TimeZoneInfo.FindSystemTimeZoneById(zoneId));
        var text = string.Create(CultureInfo.InvariantCulture,
            $"The holding agency expects to release the person on {local:yyyy-MM-dd HH:mm} ({zoneId}), {release:yyyy-MM-dd HH:mm} UTC.");
        var notification = Notification.AboutDetainer(clock, d.IssuingOfficeId, d.Id, JobKind,
            payload.Changed ? "Release date changed" : "Release date set", text, sourceJobId: job.Id);
        db.Notifications.Add(notification);
        new AuditLog(db, clock).Add(Actor.System, "notification.create", "Notification", notification.Id.ToString(), details: $"job={job.Id};detainer={d.Id}");
    }
}
