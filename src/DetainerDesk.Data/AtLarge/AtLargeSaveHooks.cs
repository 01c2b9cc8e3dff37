using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.AtLarge;

/// <summary>What SaveChanges does for at-large cases, in the transaction of the change that causes it.</summary>
public static class AtLargeSaveHooks
{
    public const string RebookedAuditAction = "atlarge.rebooked";

    internal static async Task RunAsync(AppDbContext db, CancellationToken ct)
    {
        await AtLargeOpening.OpenForNewReleasesAsync(db, ct);
        await FlagRebookingsAsync(db, ct);
    }

    /// <summary>
    /// A new booking of a person with an unfinished case flags the case at once (issue 7). Only the same person record
    /// counts; records of one person that linkage has not merged yet are not found.
    /// </summary>
    private static async Task FlagRebookingsAsync(AppDbContext db, CancellationToken ct)
    {
        var bookings = db.ChangeTracker.Entries<Booking>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (bookings.Count == 0) return;
        foreach (var chunk in bookings.Select(b => b.PersonId).Distinct().Chunk(500))
        {
            var cases = await db.AtLargeCases
                .Where(c => chunk.Contains(c.PersonId) && c.Status != CaseStatus.Arrested && c.Status != CaseStatus.Closed)
                .ToListAsync(ct);
            foreach (var c in cases)
            foreach (var booking in bookings.Where(b => b.PersonId == c.PersonId).OrderBy(b => b.BookedAtUtc))
            {
                if (!c.FlagRebooking(booking.Id, booking.BookedAtUtc)) continue;
                new AuditLog(db, new FixedTime(booking.BookedAtUtc)).Add(Actor.System, RebookedAuditAction, "AtLargeCase", c.Id.ToString(),
                    details: $"booking={booking.Id};facility={booking.FacilityId}");
            }
        }
    }

    /// <summary>Audit entries made here are dated by the fact they record, which came from the caller's clock.</summary>
    internal sealed class FixedTime(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc, TimeSpan.Zero);
    }
}
