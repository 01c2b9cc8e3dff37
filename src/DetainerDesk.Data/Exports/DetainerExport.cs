using System.Globalization;
using System.Runtime.CompilerServices;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Exports;

/// <summary>
/// The detainer list as a table file: the rows of whatever detainers the caller passes in (the web app passes the
/// caller's scope, the CLI every detainer), newest first, read in a streaming query so memory stays flat.
/// </summary>
public static class DetainerExport
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "detainer_id", "status", "form", "lodged_at_utc", "received_at_utc", "subject_family_name", "subject_given_name",
        "subject_date_of_birth", "a_number", "booking_number", "facility", "facility_state", "facility_county_fips",
        "receiving_agency_code", "receiving_agency", "issuing_office",
    ];

    public static async IAsyncEnumerable<string?[]> RowsAsync(AppDbContext db, IQueryable<Detainer> detainers, [EnumeratorCancellation] CancellationToken ct)
    {
        var rows = from d in detainers
                   join p in db.Persons on d.PersonId equals p.Id
                   join b in db.Bookings on d.BookingId equals b.Id
                   join f in db.Facilities on d.FacilityId equals f.Id
                   join a in db.Organisations on d.ReceivingAgencyId equals a.Id
                   join o in db.Organisations on d.IssuingOfficeId equals o.Id
                   orderby d.LodgedAtUtc descending, d.Id
                   select new
                   {
                       d.Id, d.Status, d.FormType, d.LodgedAtUtc, d.ReceivedAtUtc, p.FamilyName, p.GivenName, p.DateOfBirth, p.ANumber,
                       b.BookingNumber, Facility = f.Name, f.StateCode, f.CountyFips, AgencyCode = a.Code, Agency = a.Name, Office = o.Code,
                   };
        await foreach (var r in rows.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
            yield return
            [
                r.Id.ToString(), r.Status.ToString(), DetainerForms.ShortName(r.FormType), Utc(r.LodgedAtUtc), r.ReceivedAtUtc is { } received ? Utc(received) : null,
                r.FamilyName, r.GivenName, r.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.ANumber, r.BookingNumber,
                r.Facility, r.StateCode, r.CountyFips, r.AgencyCode, r.Agency, r.Office,
            ];
    }

    private static string Utc(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
