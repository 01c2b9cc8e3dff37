using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Common;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.People;
using DetainerDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>
/// Lodges a detainer for the page and the API alike: checks the rules, finds or records the person and the
/// booking, and saves the detainer with its audit entry in one transaction.
/// </summary>
public sealed class LodgeDetainerHandler(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(Caller caller, LodgeDetainerCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = DetainerLodging.Validate(command, now).ToList();

        var facility = command.FacilityId is { } facilityId
            ? await db.Facilities.AsNoTracking().SingleOrDefaultAsync(f => f.Id == facilityId, ct)
            : null;
        if (command.FacilityId is not null && command.FacilityId != Guid.Empty && facility is null)
            errors.Add(new DomainError("facility-unknown", "There is no facility with that id.", "FacilityId"));

        if (errors.Count > 0 || facility is null)
        {
            audit.Add(caller.Actor, "detainer.lodge", "Detainer", null, AuditOutcomes.Refused, string.Join(',', errors.Select(e => e.Code)));
            await db.SaveChangesAsync(ct);
            return Result<Guid>.Failure(errors);
        }

        var person = await FindOrAddPersonAsync(command.Subject, ct);
        var bookingNumber = command.BookingNumber!.Trim();
        var booking = await db.Bookings.SingleOrDefaultAsync(b => b.FacilityId == facility.Id && b.BookingNumber == bookingNumber, ct);
        if (booking is null)
        {
            booking = new Booking { Id = Guid.CreateVersion7(clock.GetUtcNow()), PersonId = person.Id, FacilityId = facility.Id, BookingNumber = bookingNumber, BookedAtUtc = now };
            db.Bookings.Add(booking);
        }
        else if (booking.PersonId != person.Id)
        {
            var conflict = new DomainError("booking-other-person", $"Booking {bookingNumber} at {facility.Name} belongs to a different person; check the booking number and the subject's identifiers.", "BookingNumber");
            return Result<Guid>.Failure(conflict);
        }

        var context = new LodgingContext(Guid.CreateVersion7(clock.GetUtcNow()), person.Id, booking.Id, facility.Id, facility.AgencyId, caller.OrganisationId, caller.ActorId, now);
        var lodged = Detainer.Lodge(command, context);
        if (!lodged.Succeeded) return Result<Guid>.Failure(lodged.Errors);

        db.Detainers.Add(lodged.Value!);
        DetainerLodgedJob.Enqueue(db, context.DetainerId, now);
        await PolicyPrediction.RecordAsync(db, DetainerPolicyFacts.Of(lodged.Value!), DetainerDesk.Data.Policies.PolicyEvaluationOccasion.Lodged, caller.ActorId, now, "Lodged", ct);
        audit.Add(caller.Actor, "detainer.lodge", "Detainer", context.DetainerId.ToString(), AuditOutcomes.Success,
            $"form={command.FormType};facility={facility.Code};agency={facility.AgencyId}");
        await db.SaveChangesAsync(ct);
        return Result<Guid>.Success(context.DetainerId);
    }

    /// <summary>An A-number identifies a person for certain; without one a new person is recorded (identity resolution merges later).</summary>
    private async Task<Person> FindOrAddPersonAsync(SubjectDetails subject, CancellationToken ct)
    {
        string? aNumber = ANumber.TryNormalise(subject.ANumber, out var normalised) ? normalised : null;
        if (aNumber is not null && await db.Persons.SingleOrDefaultAsync(p => p.ANumber == aNumber, ct) is { } known)
            return known;

        var person = new Person
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            FamilyName = subject.FamilyName!.Trim(),
            GivenName = subject.GivenName!.Trim(),
            MiddleName = string.IsNullOrWhiteSpace(subject.MiddleName) ? null : subject.MiddleName.Trim(),
            DateOfBirth = subject.DateOfBirth!.Value,
            Sex = subject.Sex ?? Sex.Unknown,
            CountryOfCitizenship = subject.CountryOfCitizenship!.Trim(),
            ANumber = aNumber,
        };
        db.Persons.Add(person);
        DetainerDesk.Data.Linkage.PersonArrival.Enqueue(db, person.Id, "detainer", clock.GetUtcNow().UtcDateTime);
        return person;
    }
}
