using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Features.Detainers;
using DetainerDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Bookings;

/// <summary>
/// One booking with its person's history: the earlier bookings and the detainers lodged on them, with how each ended
/// (issue 3: a re-arrest is shown as such). Scoped like detainers: an agency sees bookings at its facilities, a field
/// office those it lodged a detainer on, headquarters all.
/// </summary>
public static class BookingQueries
{
    public static IQueryable<Domain.People.Booking> VisibleBookings(this AppDbContext db, Caller caller) => caller.OrganisationKind switch
    {
        OrganisationKind.LocalAgency => db.Bookings.Where(b => db.Facilities.Any(f => f.Id == b.FacilityId && f.AgencyId == caller.OrganisationId)),
        OrganisationKind.FieldOffice => db.Bookings.Where(b => db.Detainers.Any(d => d.BookingId == b.Id && d.IssuingOfficeId == caller.OrganisationId)),
        OrganisationKind.Headquarters => db.Bookings,
    };

    public static async Task<BookingResponse?> FindAsync(AppDbContext db, Caller caller, Guid id, string? matchedBy, CancellationToken ct)
    {
        var booking = await db.VisibleBookings(caller).AsNoTracking().Include(b => b.Charges).SingleOrDefaultAsync(b => b.Id == id, ct);
        if (booking is null) return null;
        var person = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == booking.PersonId, ct);
        var facility = await db.Facilities.AsNoTracking().Where(f => f.Id == booking.FacilityId).Select(f => new FacilityRef(f.Id, f.Name)).SingleAsync(ct);
        var earlierBookings = await db.Bookings.CountAsync(b => b.PersonId == person.Id && b.Id != id && b.BookedAtUtc <= booking.BookedAtUtc, ct);
        var detainers = await EarlierDetainersAsync(db, caller, person.Id, id, ct);
        return new BookingResponse(booking.Id, booking.BookingNumber, facility, booking.BookedAtUtc,
            new BookedPersonResponse(person.Id, person.FamilyName, person.GivenName, person.MiddleName, person.DateOfBirth, person.Sex, person.ANumber, person.FbiNumber, person.StateId),
            [.. booking.Charges.OrderBy(c => c.Sequence ?? int.MaxValue).ThenBy(c => c.NcicCode).Select(c => new ChargeResponse(c.NcicCode, c.Description, c.Level, c.Sequence))],
            booking is { ReleasedAtUtc: { } releasedAt, ReleaseReason: { } reason } ? new BookingReleaseResponse(releasedAt, reason) : null,
            earlierBookings > 0, earlierBookings, detainers, matchedBy);
    }

    private static async Task<List<EarlierDetainerResponse>> EarlierDetainersAsync(AppDbContext db, Caller caller, Guid personId, Guid bookingId, CancellationToken ct)
    {
        var rows = await (from d in db.Detainers
                          where d.PersonId == personId && d.BookingId != bookingId
                          join o in db.Organisations on d.IssuingOfficeId equals o.Id
                          join f in db.Facilities on d.FacilityId equals f.Id
                          join b in db.Bookings on d.BookingId equals b.Id
                          orderby d.LodgedAtUtc descending
                          select new { d.Id, d.FormType, d.Status, d.LodgedAtUtc, d.LastChangedAtUtc, Office = o.Code, Facility = f.Name, b.BookingNumber })
            .AsNoTracking().Take(50).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var visible = (await db.VisibleDetainers(caller).Where(d => ids.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct)).ToHashSet();
        // How each ended: the last change of state into an end state. A closed detainer is closed after that end.
        var ends = (await db.DetainerEvents.Where(e => ids.Contains(e.DetainerId) && e.From != e.To && e.To != DetainerStatus.Closed)
                .Select(e => new { e.DetainerId, e.Version, e.To, e.AtUtc }).ToListAsync(ct))
            .Where(e => DetainerStatuses.IsTerminal(e.To))
            .GroupBy(e => e.DetainerId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Version)!);

        return [.. rows.Select(r =>
        {
            var end = ends.GetValueOrDefault(r.Id);
            var outcome = r.Status == DetainerStatus.Closed && end is not null ? end.To : r.Status;
            DateTime? endedAt = DetainerStatuses.IsTerminal(r.Status) ? end?.AtUtc ?? r.LastChangedAtUtc : null;
            var shown = visible.Contains(r.Id);
            return new EarlierDetainerResponse(r.Id, r.FormType, r.Status, outcome, DetainerStatuses.Describe(outcome), r.LodgedAtUtc, endedAt, r.Office,
                shown, shown ? r.Facility : null, shown ? r.BookingNumber : null);
        })];
    }
}
