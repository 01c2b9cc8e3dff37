using DetainerDesk.Data.Notifications;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Common;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.People;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>
/// The person moves to another agency and the detainer follows ("any subsequent law enforcement agency", domain brief
/// §2.1): this one ends as TransferredToOtherAgency, a linked one is lodged at the receiving facility under the
/// person's booking there, and the receiving agency and the issuing office are told — all in one transaction.
/// </summary>
public static class AgencyTransfers
{
    public static async Task<Results<Ok<DetainerResponse>, ProblemHttpResult>> Transfer(
        Guid id, AgencyTransferRequest body, HttpContext http, DetainerStepHandler steps, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        const string title = "The transfer was not recorded.";
        var number = body.BookingNumber?.Trim();
        if (string.IsNullOrEmpty(number) || number.Length > 40)
            return DetainerReleaseSteps.Invalid("bookingNumber", "Give the booking number at the receiving facility (at most 40 characters).", title);
        var facility = body.FacilityId is { } facilityId ? await db.Facilities.AsNoTracking().SingleOrDefaultAsync(f => f.Id == facilityId, ct) : null;
        if (facility is null) return DetainerReleaseSteps.Invalid("facilityId", "Give the id of the facility the person moves to.", title);

        var input = DetainerLifecycleApi.Input(http, clock, new EvidenceRequest(null, body.Reference, body.Note, body.Reason), $"Transferred to {facility.Name}");
        return await DetainerLifecycleApi.StepAsync(http, steps, db, id, "detainer.transfer-agency", ct, async d =>
        {
            var booking = await db.Bookings.SingleOrDefaultAsync(b => b.FacilityId == facility.Id && b.BookingNumber == number, ct);
            if (booking is not null && booking.PersonId != d.PersonId)
                return new DomainError("booking-other-person", $"Booking {number} at {facility.Name} belongs to another person; check the booking number.");
            if (booking is null)
            {
                booking = new Booking { Id = Guid.CreateVersion7(clock.GetUtcNow()), PersonId = d.PersonId, FacilityId = facility.Id, BookingNumber = number, BookedAtUtc = input.AtUtc };
                db.Bookings.Add(booking);
            }
            var followerId = Guid.CreateVersion7(clock.GetUtcNow());
            // The step's one audit entry (a unit of work holds one) names the old detainer; its timeline names the new one.
            var step = input with { Evidence = input.Evidence with { Note = Join(input.Evidence.Note, $"Followed by detainer {followerId} at {facility.Code}, booking {number}.") } };
            var moved = d.TransferToOtherAgency(new ReceivingCustody(followerId, facility.AgencyId, facility.Id, booking.Id), step);
            if (!moved.Succeeded) return moved.Errors[0];

            var follower = moved.Value!;
            db.Detainers.Add(follower);
            db.Notifications.Add(Notification.AboutDetainer(clock, facility.AgencyId, follower.Id, "detainer.followed", "A detainer followed a person transferred to you",
                $"The {DetainerForms.ShortName(follower.FormType)} detainer on the person now booked as {number} at {facility.Name} was lodged with the agency that held them before. "
                + "Acknowledge it and record your own decision: the previous agency's decision and service do not carry over."));
            db.Notifications.Add(Notification.AboutDetainer(clock, d.IssuingOfficeId, follower.Id, "detainer.followed", "Person moved to another agency: the detainer follows",
                $"The person was transferred to {facility.Name}. The detainer now continues there as a new record linked to the previous one."));
            return null;
        });
    }

    private static string Join(string? note, string addition) => string.IsNullOrWhiteSpace(note) ? addition : $"{note} {addition}";
}
