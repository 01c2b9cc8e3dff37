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
    public static async Task<PriorityFacts> ForPersonAsync(AppDbContext db, Guid personId, DateOnly asOf, CancellationToken ct) =>
        (await ForPeopleAsync(db, [personId], ct)).Facts(personId, asOf);

    /// <summary>The records of several people in two queries (the demo data open many cases at once).</summary>
    public static async Task<PeopleRecords> ForPeopleAsync(AppDbContext db, IReadOnlyCollection<Guid> personIds, CancellationToken ct)
    {
        var births = new Dictionary<Guid, DateOnly>();
        var charges = new List<(Guid PersonId, string NcicCode, ChargeLevel Level, DateTime BookedAtUtc)>();
        foreach (var chunk in personIds.Distinct().Chunk(500))
        {
            foreach (var p in await db.Persons.AsNoTracking().Where(p => chunk.Contains(p.Id)).Select(p => new { p.Id, p.DateOfBirth }).ToListAsync(ct))
                births[p.Id] = p.DateOfBirth;
            charges.AddRange((await (
                from b in db.Bookings
                where chunk.Contains(b.PersonId)
                join c in db.Charges on b.Id equals c.BookingId
                select new { b.PersonId, c.NcicCode, c.Level, b.BookedAtUtc }).AsNoTracking().ToListAsync(ct))
                .Select(c => (c.PersonId, c.NcicCode, c.Level, c.BookedAtUtc)));
        }
        return new PeopleRecords(births, charges.ToLookup(c => c.PersonId));
    }

    public sealed class PeopleRecords(
        IReadOnlyDictionary<Guid, DateOnly> births, ILookup<Guid, (Guid PersonId, string NcicCode, ChargeLevel Level, DateTime BookedAtUtc)> charges)
    {
        /// <summary>What the record showed on <paramref name="asOf"/>: bookings after that day are not yet facts.</summary>
        public PriorityFacts Facts(Guid personId, DateOnly asOf)
        {
            var until = asOf.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            return new PriorityFacts
            {
                AsOf = asOf,
                AgeYears = births.TryGetValue(personId, out var dob) && dob != default ? AgeOn(dob, asOf) : null,
                Offences = [.. charges[personId]
                    .Where(c => c.BookedAtUtc < until)
                    .OrderBy(c => c.BookedAtUtc).ThenBy(c => c.NcicCode, StringComparer.Ordinal)
                    .Select(c => new Offence(c.NcicCode, DateOnly.FromDateTime(c.BookedAtUtc), OffenceKind.PendingCharge, LevelOf(c.Level)))],
            };
        }
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
