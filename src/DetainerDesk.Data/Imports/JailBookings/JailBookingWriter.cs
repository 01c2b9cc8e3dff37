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
/// Changes stay in the unit of work until <see cref="JailBookingImport"/> saves the batch; the batch's bookings and
/// persons were loaded up front (<see cref="JailBookingBatch"/>) and are kept current, so a later row of the batch
/// builds on an earlier one.
/// </summary>
public sealed class JailBookingWriter(AppDbContext db, AuditLog audit, TimeProvider clock, Actor actor, IReadOnlySet<Guid> agencyFacilities)
{
    private const string NotStated = "Not stated";

    /// <summary>Writes one row of <paramref name="batch"/>, which holds what the row can name (<see cref="JailBookingBatch"/>).</summary>
    public async Task<RowOutcome> WriteAsync(JailBookingBatch batch, JailBookingRow row, string fileName, List<RejectReason> rejects, CancellationToken ct)
    {
        void Reject(int column, string? value, string reason) => rejects.Add(new RejectReason(JailBookingColumns.List[column].Name, value, reason));

        var booking = batch.Booking(row);
        Person? person;
        if (booking is null)
        {
            var match = PersonMatching.Decide(batch.Candidates(row.Identifiers), row.Identifiers);
            if (match.Refusal is not null) Reject(IdentifierColumn(row.Identifiers), null, match.Refusal);
            person = match.Known;
        }
        else
        {
            if (Seconds(booking.BookedAtUtc) != Seconds(row.BookedAtUtc))
                Reject(JailBookingColumns.BookedAt, Utc(row.BookedAtUtc),
                    $"booking {row.BookingNumber} at {row.Facility.Code} is recorded as booked at {Utc(booking.BookedAtUtc)}; a different time is not taken over it");
            person = await db.Persons.FindAsync([booking.PersonId], ct) ?? throw new InvalidOperationException($"Booking {booking.Id} has no person.");
            batch.Track(person);
            var conflicts = row.Identifiers.ConflictsWith(person);
            if (conflicts.Count > 0)
                Reject(IdentifierColumn(row.Identifiers), null,
                    $"booking {row.BookingNumber} belongs to a person whose {string.Join(" and ", conflicts)} differs from this row's; check the identifiers");
            else if (AddsIdentifier(row.Identifiers, person))
            {
                // An identifier the booking's person lacks is given to them only if nobody else holds it.
                var match = PersonMatching.Decide(batch.Candidates(row.Identifiers), row.Identifiers);
                if (match.Refusal is not null) Reject(IdentifierColumn(row.Identifiers), null, match.Refusal);
                else if (match.Known is { } other && other.Id != person.Id)
                    Reject(IdentifierColumn(row.Identifiers), null,
                        $"booking {row.BookingNumber} belongs to one person and this row's identifiers to another person in DetainerDesk; check the identifiers");
            }
        }

        // A charge recorded through the bookings API carries no number: the same NCIC code on the booking is that charge.
        var existingCharge = row.Charge is { } c && booking is not null
            ? booking.Charges.FirstOrDefault(x => x.Sequence == c.Sequence) ?? booking.Charges.FirstOrDefault(x => x.Sequence is null && x.NcicCode == c.NcicCode)
            : null;
        if (existingCharge is not null && existingCharge.NcicCode != row.Charge!.NcicCode)
            Reject(JailBookingColumns.NcicCode, row.Charge.NcicCode,
                $"charge {row.Charge.Sequence} of booking {row.BookingNumber} is recorded with NCIC code {existingCharge.NcicCode}; a different charge needs its own number");

        if (row.Release is { } release && booking?.ReleaseRefusal(release.AtUtc, release.Reason) is { } releaseRefusal)
            Reject(JailBookingColumns.ReleasedAt, Utc(release.AtUtc), $"booking {row.BookingNumber}: {releaseRefusal}");

        Detainer? detainer = null;
        if (row.Detainer is { } receipt)
        {
            detainer = await db.Detainers.FindAsync([receipt.DetainerId], ct);
            if (detainer is null || !agencyFacilities.Contains(detainer.FacilityId))
            {
                Reject(JailBookingColumns.DetainerId, receipt.DetainerId.ToString(),
                    "no detainer with this id was lodged at this agency's facilities; the import records receipt of detainers ICE lodged in DetainerDesk and never creates one");
                detainer = null;
            }
            else if (booking is null || detainer.BookingId != booking.Id)
                Reject(JailBookingColumns.DetainerId, receipt.DetainerId.ToString(),
                    $"the detainer was lodged on another booking, not on booking {row.BookingNumber} at {row.Facility.Code}");
            else if (detainer.ReceivedAtUtc is null)
            {
                if (DetainerTransitions.Check(detainer.Status, DetainerAction.Acknowledge) is { } refusal)
                    Reject(JailBookingColumns.DetainerId, receipt.DetainerId.ToString(), $"the detainer's receipt cannot be recorded: {refusal.Message}");
                else if (receipt.ReceivedAtUtc < detainer.LastChangedAtUtc)
                    Reject(JailBookingColumns.DetainerReceivedAt, Utc(receipt.ReceivedAtUtc),
                        $"the detainer was lodged (or last changed) at {Utc(detainer.LastChangedAtUtc)}; it cannot have been received before");
            }
        }
        if (rejects.Count > 0) return RowOutcome.Rejected;

        // From here on nothing can refuse: every rule was checked above.
        var changed = false;
        if (booking is null)
        {
            if (person is null)
            {
                person = NewPerson(row);
                db.Persons.Add(person);
                Linkage.PersonArrival.Enqueue(db, person.Id, "jail-export", clock.GetUtcNow().UtcDateTime);
                batch.Track(person);
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
            batch.Added(booking);
            changed = true;
        }
        if (CompleteIdentifiers(row.Identifiers, person!))
        {
            batch.Track(person!);
            changed = true;
        }

        if (row.Charge is { } charge && existingCharge is null)
        {
            var added = new Charge
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()), BookingId = booking.Id, NcicCode = charge.NcicCode, Description = charge.Description,
                Level = charge.Level, Sequence = charge.Sequence,
            };
            db.Charges.Add(added);
            if (!booking.Charges.Contains(added)) booking.Charges.Add(added);
            changed = true;
        }

        if (row.Release is { } r)
        {
            var (releaseAdded, refusal) = booking.Release(r.AtUtc, r.Reason);
            if (refusal is not null) throw new InvalidOperationException($"Release checked but refused: {refusal}");
            changed |= releaseAdded;
        }
        if (detainer is { ReceivedAtUtc: null })
        {
            if (detainer.Acknowledge(actor.Id, row.Detainer!.ReceivedAtUtc) is { } refusal)
                throw new InvalidOperationException($"Receipt checked but refused: {refusal.Message}");
            // A lifecycle step: audited per detainer, as the acknowledgement in the web app is. The audit chain links one
            // new entry per save, so the batch so far is saved here (still inside the batch's transaction).
            audit.Add(actor, "detainer.acknowledge", "Detainer", detainer.Id.ToString(),
                details: string.Create(CultureInfo.InvariantCulture, $"status={detainer.Status};version={detainer.Version};import=jail-bookings;file={fileName};line={row.Line}"));
            var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            }
            changed = true;
        }
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
