using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Notifications;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Common;
using DetainerDesk.Domain.Detainers;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>
/// The hold clock on the outbox: when a hold starts, warnings are queued for 24, 4 and 1 hours before its end, and the
/// expiry for the end itself, in the same transaction as the hold. At the end the system records the expiry and tells
/// the agency to release the person; nothing ever extends a hold. Jobs for a hold that already ended do nothing.
/// </summary>
public static class HoldClockJobs
{
    public const string AlertKind = "hold.alert";
    public const string ExpiryKind = "hold.expiry";
    public sealed record Payload(Guid DetainerId, double HoursLeft);

    /// <summary>Starts the hold (the aggregate decides whether it may) and, if it started, queues its warnings and expiry.</summary>
    public static DomainError? StartHold(AppDbContext db, Detainer detainer, string facilityTimeZone, TransitionInput input)
    {
        var refusal = detainer.StartHold(HoldLimit.Default(facilityTimeZone), input);
        if (refusal is null) Schedule(db, detainer, input.AtUtc);
        return refusal;
    }

    private static void Schedule(AppDbContext db, Detainer detainer, DateTime nowUtc)
    {
        var end = detainer.HoldEndsAtUtc ?? throw new InvalidOperationException("Only a running hold has an end.");
        foreach (var alert in HoldClock.AlertsFor(detainer.HoldStartedAtUtc ?? nowUtc, end))
            JobQueue.Enqueue(db, AlertKind, new Payload(detainer.Id, alert.BeforeEnd.TotalHours), alert.DueUtc, nowUtc);
        JobQueue.Enqueue(db, ExpiryKind, new Payload(detainer.Id, 0), end, nowUtc);
    }
}

public sealed class HoldAlertJob(TimeProvider clock) : IJobHandler
{
    public string Kind => HoldClockJobs.AlertKind;

    public async Task HandleAsync(OutboxJob job, AppDbContext db, CancellationToken ct)
    {
        var payload = JobQueue.ReadPayload<HoldClockJobs.Payload>(job);
        var d = await db.Detainers.AsNoTracking().SingleOrDefaultAsync(x => x.Id == payload.DetainerId, ct);
        if (d is not { Status: DetainerStatus.HoldActive, HoldEndsAtUtc: { } end }) return;
        var text = $"The hold on this detainer ends in {payload.HoursLeft:0} hour(s), at {end:yyyy-MM-dd HH:mm} UTC. It cannot be extended.";
        db.Notifications.Add(Notification.AboutDetainer(clock, d.ReceivingAgencyId, d.Id, Kind, $"Hold ends in {payload.HoursLeft:0} h", text));
        db.Notifications.Add(Notification.AboutDetainer(clock, d.IssuingOfficeId, d.Id, Kind, $"Hold ends in {payload.HoursLeft:0} h: arrange the pick-up", text));
        new AuditLog(db, clock).Add(Actor.System, "hold.alert", "Detainer", d.Id.ToString(), details: $"job={job.Id};hoursLeft={payload.HoursLeft:0}");
    }
}

public sealed class HoldExpiryJob(TimeProvider clock) : IJobHandler
{
    public string Kind => HoldClockJobs.ExpiryKind;

    public async Task HandleAsync(OutboxJob job, AppDbContext db, CancellationToken ct)
    {
        var id = JobQueue.ReadPayload<HoldClockJobs.Payload>(job).DetainerId;
        var d = await db.Detainers.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is not { Status: DetainerStatus.HoldActive }) return;
        // The hold ended at its limit, which is when the job fell due, however late a processor picks it up.
        var refusal = d.RecordHoldExpiry(new TransitionInput("system:hold-clock", job.DueAtUtc, "The hold reached its legal limit",
            new TransitionEvidence("hold clock", $"job {job.Id}")));
        if (refusal is not null) throw new InvalidOperationException($"Hold expiry of {id} refused: {refusal.Message}");
        db.Notifications.Add(Notification.AboutDetainer(clock, d.ReceivingAgencyId, d.Id, Kind, "Hold limit reached: release the person now",
            "ICE did not take custody before the hold's legal limit. The detainer gives no authority to keep the person any longer."));
        db.Notifications.Add(Notification.AboutDetainer(clock, d.IssuingOfficeId, d.Id, Kind, "Hold expired without pick-up",
            "The holding agency has been told to release the person: the hold reached its legal limit."));
        new AuditLog(db, clock).Add(Actor.System, "detainer.hold-expiry", "Detainer", d.Id.ToString(), details: $"job={job.Id}");
    }
}
