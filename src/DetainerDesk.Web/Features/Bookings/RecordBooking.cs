using System.Globalization;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.People;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.People;
using DetainerDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Bookings;

public abstract record BookingOutcome
{
    public sealed record Invalid(Dictionary<string, string[]> Errors) : BookingOutcome;
    public sealed record Refused(string Code, string Message) : BookingOutcome;
    public sealed record Recorded(Guid BookingId, string? MatchedBy) : BookingOutcome;
}

/// <summary>
/// Records a booking pushed by a jail at one of its own facilities. A strong identifier (A-number, FBI number, state
/// SID) that matches a known person attaches the booking to that person — a re-arrest — and fills in the identifiers
/// the person lacked; identifiers pointing to different people are refused rather than guessed.
/// </summary>
public static class RecordBooking
{
    private const string NotStated = "Not stated";

    private delegate bool TryNormalise(string? input, out string normalised);

    public static async Task<BookingOutcome> HandleAsync(AppDbContext db, AuditLog audit, TimeProvider clock, Caller caller, RecordBookingRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new Dictionary<string, List<string>>();
        void Error(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

        var number = request.BookingNumber?.Trim();
        if (string.IsNullOrEmpty(number) || number.Length > 40) Error("bookingNumber", "Give the booking number (at most 40 characters).");
        var facility = request.FacilityId is { } facilityId
            ? await db.Facilities.AsNoTracking().SingleOrDefaultAsync(f => f.Id == facilityId && f.AgencyId == caller.OrganisationId, ct)
            : null;
        if (facility is null) Error("facilityId", "Give the id of one of your agency's facilities.");
        if (request.BookedAt is not { } bookedAt) Error("bookedAt", "Give the booking time with its UTC offset, e.g. 2026-11-29T08:15:00-08:00.");
        else if (bookedAt.UtcDateTime > now.AddMinutes(5)) Error("bookedAt", "The booking time is in the future.");

        var person = request.Person;
        if (person is null) Error("person", "Give the person's names and date of birth.");
        if (string.IsNullOrWhiteSpace(person?.FamilyName) || person.FamilyName.Trim().Length > 100) Error("person.familyName", "Give the family name (at most 100 characters).");
        if (string.IsNullOrWhiteSpace(person?.GivenName) || person.GivenName.Trim().Length > 100) Error("person.givenName", "Give the given name (at most 100 characters).");
        if (person?.DateOfBirth is not { } dob || dob > DateOnly.FromDateTime(now) || dob.Year < 1900) Error("person.dateOfBirth", "Give a date of birth between 1900 and today.");
        string? Identifier(string? raw, TryNormalise normalise, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(raw)) return null;
            if (normalise(raw, out var value)) return value;
            Error(field, message);
            return null;
        }
        var aNumber = Identifier(person?.ANumber, ANumber.TryNormalise, "person.aNumber", "An A-number is A followed by 8 or 9 digits.");
        var fbi = Identifier(person?.FbiNumber, RecordNumber.TryNormalise, "person.fbiNumber", "An FBI number is letters and digits, at most 20.");
        var sid = Identifier(person?.StateId, RecordNumber.TryNormalise, "person.stateId", "A state SID is letters and digits, at most 20.");

        var charges = request.Charges ?? [];
        if (charges.Count is 0 or > 50) Error("charges", "Give the booking's charges (1 to 50), each with its NCIC code.");
        for (var i = 0; i < charges.Count; i++)
        {
            var c = charges[i];
            if (c?.NcicCode is not { Length: 4 } code || !code.All(char.IsAsciiDigit)) Error($"charges[{i}].ncicCode", "An NCIC offence code is four digits, e.g. 5404.");
            if (string.IsNullOrWhiteSpace(c?.Description) || c.Description.Trim().Length > 200) Error($"charges[{i}].description", "Describe the charge (at most 200 characters).");
            if (c?.Level is { } level && !Enum.IsDefined(level)) Error($"charges[{i}].level", "The level is Misdemeanor, Felony or Unknown.");
            if (BookingCharges.SequenceProblem(charges, i) is { } sequenceProblem) Error($"charges[{i}].sequence", sequenceProblem);
        }

        if (errors.Count > 0)
        {
            await audit.RecordAsync(caller.Actor, "booking.create", "Booking", null, AuditOutcomes.Refused, string.Join(',', errors.Keys), ct);
            return new BookingOutcome.Invalid(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }

        if (await db.Bookings.Where(b => b.FacilityId == facility!.Id && b.BookingNumber == number).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct) is { } existing)
            return await RefuseAsync(db, audit, caller, "booking-exists",
                $"Booking {number} is already recorded at {facility!.Name} (id {existing}). Send your event id as Idempotency-Key to retry a push safely.", ct);

        var identifiers = new StrongIdentifiers(aNumber, fbi, sid);
        var (known, refusal, matchedBy) = await PersonMatching.MatchAsync(db, identifiers, ct);
        if (refusal is not null) return await RefuseAsync(db, audit, caller, "identifiers-conflict", refusal, ct);
        var subject = known ?? NewPerson(clock, person!, identifiers);
        if (known is null) db.Persons.Add(subject);
        if (known is null) DetainerDesk.Data.Linkage.PersonArrival.Enqueue(db, subject.Id, "booking", now);
        else identifiers.CompleteMissing(known);

        var bookingId = Guid.CreateVersion7(clock.GetUtcNow());
        db.Bookings.Add(new Booking
        {
            Id = bookingId,
            PersonId = subject.Id,
            FacilityId = facility!.Id,
            BookingNumber = number!,
            BookedAtUtc = request.BookedAt!.Value.UtcDateTime,
            Charges = [.. charges.Select(c => new Charge
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()), BookingId = bookingId, NcicCode = c.NcicCode!, Description = c.Description!.Trim(), Level = c.Level ?? ChargeLevel.Unknown,
                Sequence = c.Sequence,
            })],
        });
        audit.Add(caller.Actor, "booking.create", "Booking", bookingId.ToString(), details: string.Create(CultureInfo.InvariantCulture,
            $"facility={facility.Code};person={(known is null ? "new" : "matched")};matchedBy={matchedBy};charges={charges.Count}"));
        await db.SaveChangesAsync(ct);
        return new BookingOutcome.Recorded(bookingId, matchedBy);
    }

    private static Person NewPerson(TimeProvider clock, BookedPersonRequest p, StrongIdentifiers ids) => new()
    {
        Id = Guid.CreateVersion7(clock.GetUtcNow()),
        FamilyName = p.FamilyName!.Trim(),
        GivenName = p.GivenName!.Trim(),
        MiddleName = string.IsNullOrWhiteSpace(p.MiddleName) ? null : p.MiddleName.Trim(),
        DateOfBirth = p.DateOfBirth!.Value,
        Sex = p.Sex ?? Sex.Unknown,
        CountryOfCitizenship = string.IsNullOrWhiteSpace(p.CountryOfCitizenship) ? NotStated : p.CountryOfCitizenship.Trim(),
        ANumber = ids.ANumber,
        FbiNumber = ids.FbiNumber,
        StateId = ids.StateId,
    };

    private static async Task<BookingOutcome> RefuseAsync(AppDbContext db, AuditLog audit, Caller caller, string code, string message, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await audit.RecordAsync(caller.Actor, "booking.create", "Booking", null, AuditOutcomes.Refused, code, ct);
        return new BookingOutcome.Refused(code, message);
    }
}
