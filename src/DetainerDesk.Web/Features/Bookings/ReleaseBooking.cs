using System.Globalization;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.People;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Bookings;

/// <summary>
/// POST /api/v1/bookings/{id}/release: the jail reports that the person left the facility on a booking — the
/// export's <c>released_at</c> and <c>release_reason</c> — with the importer's vocabulary and rules
/// (<see cref="BookingReleaseReasons"/>, <see cref="BookingTimes"/>, <see cref="Booking.Release"/>): once per booking,
/// the same release again changes nothing, a different one or one before the booking is refused (409).
/// Only the agency holding the booking may report it; anyone else gets 404, as for a booking it cannot see.
/// A detainer lodged on the booking is left as it is: its end is a lifecycle step of its own (docs/jail-bookings.md).
/// </summary>
public static class ReleaseBooking
{
    private const string Action = "booking.release";

    public static async Task<Results<Ok<BookingResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, ReleaseBookingRequest request, HttpContext http, AppDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.GetCaller();
        var booking = await db.Bookings
            .Where(b => b.Id == id && db.Facilities.Any(f => f.Id == b.FacilityId && f.AgencyId == caller.OrganisationId))
            .SingleOrDefaultAsync(ct);
        if (booking is null)
        {
            await audit.RecordAsync(caller.Actor, Action, "Booking", id.ToString(), AuditOutcomes.Denied, cancellationToken: ct);
            return ApiProblems.Problem(404, "Booking not found.", $"No booking {id} is held at your agency's facilities.");
        }

        var errors = new Dictionary<string, string[]>();
        var now = clock.GetUtcNow().UtcDateTime;
        var releasedAt = request.ReleasedAt?.UtcDateTime;
        if (releasedAt is null) errors["releasedAt"] = ["Give the release time with its UTC offset, e.g. 2026-03-04T16:00:00-08:00."];
        else if (BookingTimes.Problem(releasedAt.Value, now) is { } timeProblem) errors["releasedAt"] = [Sentence(timeProblem)];
        var reason = BookingReleaseReasons.Parse(request.Reason);
        if (reason is null) errors["reason"] = [Sentence(BookingReleaseReasons.Refusal(request.Reason))];
        if (errors.Count > 0)
        {
            await audit.RecordAsync(caller.Actor, Action, "Booking", id.ToString(), AuditOutcomes.Refused, string.Join(',', errors.Keys), ct);
            return TypedResults.ValidationProblem(errors, title: "The release was not recorded.");
        }

        var (changed, refusal) = booking.Release(releasedAt!.Value, reason!.Value);
        if (refusal is not null)
        {
            var code = releasedAt < booking.BookedAtUtc ? "release-before-booking" : "release-differs";
            db.ChangeTracker.Clear();
            await audit.RecordAsync(caller.Actor, Action, "Booking", id.ToString(), AuditOutcomes.Refused, code, ct);
            return ApiProblems.Problem(409, "The release was not recorded.", refusal, code);
        }
        audit.Add(caller.Actor, Action, "Booking", id.ToString(), details: string.Create(CultureInfo.InvariantCulture,
            $"releasedAt={booking.ReleasedAtUtc:O};reason={booking.ReleaseReason};changed={changed}"));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await BookingQueries.FindAsync(db, caller, id, null, ct))!);
    }

    /// <summary>The shared rules word their reasons for a reject file's column; the API answers in sentences.</summary>
    private static string Sentence(string reason) => string.Concat(char.ToUpperInvariant(reason[0]).ToString(), reason.AsSpan(1), ".");
}
