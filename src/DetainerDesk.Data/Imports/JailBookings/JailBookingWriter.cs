using System.Globalization;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.People;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Imports.JailBookings;

/// <summary>What a checked row did: added or changed something, found everything already recorded, or was refused.</summary>
public enum RowOutcome { Imported, Duplicate, Rejected }

/// <summary>
/// Writes one checked row into the model the API uses: the person (matched by strong identifiers exactly as the
/// bookings API matches them, <see cref="PersonMatching"/>), the booking (natural key: facility + booking number), the
/// charge (booking + charge number), the release, and the receipt of a detainer ICE lodged on that booking. Every
/// check runs before anything changes, so a refused row leaves nothing behind; what is already recorded is left as
/// it is, so a row seen again (a re-import, a resumed run, tomorrow's export repeating today's bookings) adds nothing.
/// </summary>
public sealed class JailBookingWriter(AppDbContext db, AuditLog audit, TimeProvider clock, Actor actor, IReadOnlySet<Guid> agencyFacilities)
{
    private const string NotStated = "Not stated";

    public async Task<RowOutcome> WriteAsync(JailBookingRow row, string fileName, List<RejectReason> rejects, CancellationToken ct)
    {
        void Reject(int column, string? value, string reason) => rejects.Add(new RejectReason(JailBookingColumns.List[column].Name, value, reason));

        var booking = await db.Bookings.Include(b => b.Charges)
            .SingleOrDefaultAsync(b => b.FacilityId == row.Facility.Id && b.BookingNumber == row.BookingNumber, ct);
        Person? person;
        if (booking is null)
        {
            var match = await PersonMatching.MatchAsync(db, row.Identifiers, ct);
            if (match.Refusal is not null) Reject(IdentifierColumn(row.Identifiers), null, match.Refusal);
            person = match.Known;
        }
        else
        {
            if (Seconds(booking.BookedAtUtc) != Seconds(row.BookedAtUtc))
                Reject(JailBookingColumns.BookedAt, Utc(row.BookedAtUtc),
                    $"booking {row.BookingNumber} at {row.Facility.Code} is recorded as booked at {Utc(booking.BookedAtUtc)}; a different time is not taken over it");
            person = await db.Persons.SingleAsync(p => p.Id == booking.PersonId, ct);
            var conflicts = row.Identifiers.ConflictsWith(person);
            if (conflicts.Count > 0)
                Reject(IdentifierColumn(row.Identifiers), null,
                    $"booking {row.BookingNumber} belongs to a person whose {string.Join(" and ", conflicts)} differs from this row's; check the identifiers");
            else if (AddsIdentifier(row.Identifiers, person))
            {
                // An identifier the booking's person lacks is given to them only if nobody else holds it.
                var match = await PersonMatching.MatchAsync(db, row.Identifiers, ct);
                if (match.Refusal is not null) Reject(IdentifierColumn(row.Identifiers), null, match.Refusal);
                else if (match.Known is { } other && other.Id != person.Id)
                    Reject(IdentifierColumn(row.Identifiers), null,
                        $"booking {row.BookingNumber} belongs to one person and this row's identifiers to another person in DetainerDesk; check the identifiers");
            }
        }

        var existingCharge = row.Charge is { } c && booking is not null ? booking.Charges.FirstOrDefault(x => x.Sequence == c.Sequence) : null;
        if (existingCharge is not null && (existingCharge.NcicCode != row.Charge!.NcicCode))
            Reject(JailBookingColumns.NcicCode, row.Charge.NcicCode,
                $"charge {row.Charge.Sequence} of booking {row.BookingNumber} is recorded with NCIC code {existingCharge.NcicCode}; a different charge needs its own number");

        if (row.Release is { } release && booking?.ReleasedAtUtc is { } released
            && (Seconds(released) != Seconds(release.AtUtc) || booking.ReleaseReason != release.Reason))
            Reject(JailBookingColumns.ReleasedAt, Utc(release.AtUtc),
                $"booking {row.BookingNumber} is already recorded as released at {Utc(released)} ({booking.ReleaseReason}); a different release is not taken over it");

        Detainer? detainer = null;
        if (row.Detainer is { } receipt)
        {
            detainer = await db.Detainers.SingleOrDefaultAsync(d => d.Id == receipt.DetainerId, ct);
            if (detainer is null || !agencyFacilities.Contains(detainer.FacilityId))
            {
                Reject(JailBookingColumns.DetainerId, receipt.DetainerId.ToString(),
                    "no detainer with this id was lodged at this agency's facilities; the import records receipt of detainers ICE lodged in DetainerDesk and never creates one");
                detainer = null;
            }
            else if (booking is null || detainer.BookingId != booking.Id)
                Reject(JailBookingColumns.DetainerId, receipt.DetainerId.ToString(),
                    $"the detainer was lodged on another booking, not on booking {row.BookingNumber} at {row.Facility.Code}");
            else if (detainer.ReceivedAtUtc is null && receipt.ReceivedAtUtc < detainer.LodgedAtUtc)
                Reject(JailBookingColumns.DetainerReceivedAt, Utc(receipt.ReceivedAtUtc),
                    $"the detainer was lodged at {Utc(detainer.LodgedAtUtc)}; it cannot have been received before");
        }
        if (rejects.Count > 0)
        {
            db.ChangeTracker.Clear();
            return RowOutcome.Rejected;
        }

        var changed = false;
        if (booking is null)
        {
            if (person is null)
            {
                person = NewPerson(row);
                db.Persons.Add(person);
            }
            booking = new Booking
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                PersonId = person.Id,
                FacilityId = row.Facility.Id,
                BookingNumber = row.BookingNumber,
                BookedAtUtc = row.BookedAtUtc,
            };
            db.Bookings.Add(booking);
            changed = true;
        }
        changed |= CompleteIdentifiers(row.Identifiers, person!);

        if (row.Charge is { } charge && existingCharge is null)
        {
            db.Charges.Add(new Charge
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()), BookingId = booking.Id, NcicCode = charge.NcicCode, Description = charge.Description,
                Level = charge.Level, Sequence = charge.Sequence,
            });
            changed = true;
        }

        if (row.Release is { } r)
        {
            var (releaseAdded, refusal) = booking.Release(r.AtUtc, r.Reason);
            if (refusal is not null)
            {
                db.ChangeTracker.Clear();
                Reject(JailBookingColumns.ReleasedAt, Utc(r.AtUtc), refusal);
                return RowOutcome.Rejected;
            }
            changed |= releaseAdded;
        }

        if (detainer is { ReceivedAtUtc: null })
        {
            if (detainer.Acknowledge(actor.Id, row.Detainer!.ReceivedAtUtc) is { } refusal)
            {
                db.ChangeTracker.Clear();
                Reject(JailBookingColumns.DetainerId, detainer.Id.ToString(), $"the detainer's receipt cannot be recorded: {refusal.Message}");
                return RowOutcome.Rejected;
            }
            // A lifecycle step: audited per detainer, as the acknowledgement in the web app is.
            audit.Add(actor, "detainer.acknowledge", "Detainer", detainer.Id.ToString(),
                details: string.Create(CultureInfo.InvariantCulture, $"status={detainer.Status};version={detainer.Version};import=jail-bookings;file={fileName};line={row.Line}"));
            changed = true;
        }

        if (changed) await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return changed ? RowOutcome.Imported : RowOutcome.Duplicate;
    }

    private static bool AddsIdentifier(StrongIdentifiers ids, Person person) =>
        (ids.ANumber is not null && person.ANumber is null) || (ids.FbiNumber is not null && person.FbiNumber is null) || (ids.StateId is not null && person.StateId is null);

    /// <summary>Fills in identifiers the person lacks (never overwrites one); true when one was added.</summary>
    private static bool CompleteIdentifiers(StrongIdentifiers ids, Person person)
    {
        var before = (person.ANumber, person.FbiNumber, person.StateId);
        ids.CompleteMissing(person);
        return before != (person.ANumber, person.FbiNumber, person.StateId);
    }

    private Person NewPerson(JailBookingRow row) => new()
    {
        Id = Guid.CreateVersion7(clock.GetUtcNow()),
        FamilyName = row.Person.FamilyName,
        GivenName = row.Person.GivenName,
        MiddleName = row.Person.MiddleName,
        DateOfBirth = row.Person.DateOfBirth,
        Sex = row.Person.Sex,
        CountryOfCitizenship = row.Person.CountryOfCitizenship ?? NotStated,
        ANumber = row.Identifiers.ANumber,
        FbiNumber = row.Identifiers.FbiNumber,
        StateId = row.Identifiers.StateId,
    };

    private static int IdentifierColumn(StrongIdentifiers ids) =>
        ids.ANumber is not null ? JailBookingColumns.ANumberCol : ids.FbiNumber is not null ? JailBookingColumns.FbiNumber : JailBookingColumns.StateId;

    /// <summary>Both databases keep at least microseconds, the files seconds: compare what a file can say.</summary>
    private static long Seconds(DateTime utc) => utc.Ticks / TimeSpan.TicksPerSecond;

    private static string Utc(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
