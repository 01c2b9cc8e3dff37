using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Notifications;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>Tells the receiving agency, in its in-app inbox, that a detainer was lodged with it.</summary>
public sealed class DetainerLodgedJob(TimeProvider clock) : IJobHandler
{
    public const string JobKind = "detainer.lodged";
    public sealed record Payload(Guid DetainerId);

    public string Kind => JobKind;

    public static void Enqueue(AppDbContext db, Guid detainerId, DateTime nowUtc) =>
        JobQueue.Enqueue(db, JobKind, new Payload(detainerId), nowUtc, nowUtc);

    public async Task HandleAsync(OutboxJob job, AppDbContext db, CancellationToken ct)
    {
        var id = JobQueue.ReadPayload<Payload>(job).DetainerId;
        // No names in notifications: the inbox is a pointer to the record, whose reads are audited.
        var facts = await (from d in db.Detainers
                           where d.Id == id
                           join f in db.Facilities on d.FacilityId equals f.Id
                           join b in db.Bookings on d.BookingId equals b.Id
                           join o in db.Organisations on d.IssuingOfficeId equals o.Id
                           select new { d.ReceivingAgencyId, d.FormType, Facility = f.Name, b.BookingNumber, Office = o.Name })
            .AsNoTracking().SingleOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"Detainer {id} no longer exists.");

        var notification = Notification.AboutDetainer(clock, facts.ReceivingAgencyId, id, JobKind, "New detainer to acknowledge",
            $"{facts.Office} lodged an {DetainerForms.ShortName(facts.FormType)} detainer for booking {facts.BookingNumber} at {facts.Facility}.",
            sourceJobId: job.Id);
        db.Notifications.Add(notification);
        new AuditLog(db, clock).Add(Actor.System, "notification.create", "Notification", notification.Id.ToString(), details: $"job={job.Id};detainer={id}");
    }
}
