using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Domain.AtLarge.Priorities;
using DetainerDesk.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.AtLarge;

/// <summary>
/// The facts a classification reads, from what DetainerDesk records today: the charges of the person's bookings up to
/// the day (as pending charges: the disposition is not recorded) and the age. Convictions, severity levels, gang and
/// national-security flags, removals and final orders have no source table yet, so they are absent, not false.
/// </summary>
public static class AtLargeFacts
{
    public static async Task<PriorityFacts> ForPersonAsync(AppDbContext db, Guid personId, DateOnly asOf, CancellationToken ct)
    {
        var birth = await db.Persons.Where(p => p.Id == personId).Select(p => (DateOnly?)p.DateOfBirth).SingleOrDefaultAsync(ct);
        var until = asOf.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var charges = await (
            from b in db.Bookings
            where b.PersonId == personId && b.BookedAtUtc < until
            join c in db.Charges on b.Id equals c.BookingId
            select new { c.NcicCode, c.Level, b.BookedAtUtc }).AsNoTracking().ToListAsync(ct);
        return new PriorityFacts
        {
            AsOf = asOf,
            AgeYears = birth is { } dob && dob != default ? AgeOn(dob, asOf) : null,
            Offences = [.. charges
                .OrderBy(c => c.BookedAtUtc).ThenBy(c => c.NcicCode, StringComparer.Ordinal)
                .Select(c => new Offence(c.NcicCode, DateOnly.FromDateTime(c.BookedAtUtc), OffenceKind.PendingCharge, LevelOf(c.Level)))],
        };
    }

    private static OffenceLevel LevelOf(ChargeLevel level) => level switch
    {
        ChargeLevel.Felony => OffenceLevel.Felony,
        ChargeLevel.Misdemeanor => OffenceLevel.Misdemeanour,
        _ => OffenceLevel.Unknown,
    };

    private static int AgeOn(DateOnly birth, DateOnly day) =>
        day.Year - birth.Year - (day < birth.AddYears(day.Year - birth.Year) ? 1 : 0);
}
