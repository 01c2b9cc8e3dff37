using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DetainerDesk.Web.Features.Bookings;

/// <summary>/api/v1/bookings: jails push their bookings; a re-arrest comes back with the person's earlier detainers.</summary>
public static class BookingsApi
{
    public static RouteGroupBuilder MapBookingsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/bookings").WithTags("Bookings").RequireAuthorization(Policies.ReadDetainers).WithIdempotencyKeys();
        group.MapPost("/", Record).RequireAuthorization(Policies.AcknowledgeDetainers).ProducesValidationProblem().ProducesProblem(409).ProducesProblem(422)
            .WithName("RecordBooking")
            .WithSummary("Push a booking at one of your facilities; a person known by A-number, FBI number or state SID is linked, with their earlier detainers");
        group.MapPost("/{id:guid}/release", ReleaseBooking.Handle).RequireAuthorization(Policies.AcknowledgeDetainers)
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).WithName("ReleaseBooking")
            .WithSummary("Record that the person left your facility on this booking: when and why (the export's release_reason words); once per booking");
        group.MapGet("/{id:guid}", Get).ProducesProblem(404).WithName("GetBooking")
            .WithSummary("One booking with its charges (and their numbers), its release, and the person's earlier bookings and detainers (re-arrest links)");
        return group;
    }

    private static async Task<Results<Created<BookingResponse>, ValidationProblem, ProblemHttpResult>> Record(
        RecordBookingRequest request, HttpContext http, AppDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.GetCaller();
        switch (await RecordBooking.HandleAsync(db, audit, clock, caller, request, ct))
        {
            case BookingOutcome.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors, title: "The booking was not recorded.");
            case BookingOutcome.Refused refused:
                return ApiProblems.Problem(409, "The booking was not recorded.", refused.Message, refused.Code);
            case BookingOutcome.Recorded recorded:
                var booking = (await BookingQueries.FindAsync(db, caller, recorded.BookingId, recorded.MatchedBy, ct))!;
                return TypedResults.Created($"/api/v1/bookings/{booking.Id}", booking);
            default:
                throw new InvalidOperationException("Unknown booking outcome.");
        }
    }

    private static async Task<Results<Ok<BookingResponse>, ProblemHttpResult>> Get(Guid id, HttpContext http, AppDbContext db, AuditLog audit, CancellationToken ct)
    {
        var caller = http.GetCaller();
        var booking = await BookingQueries.FindAsync(db, caller, id, null, ct);
        await audit.RecordAsync(caller.Actor, "booking.read", "Booking", id.ToString(), booking is null ? AuditOutcomes.Denied : AuditOutcomes.Success, cancellationToken: ct);
        return booking is null
            ? ApiProblems.Problem(404, "Booking not found.", $"No booking {id} is visible to your organisation.")
            : TypedResults.Ok(booking);
    }
}
