using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.People;

/// <summary>The known person strong identifiers point to (null when none), why they cannot be used, and which identifiers matched.</summary>
public sealed record PersonMatch(Person? Known, string? Refusal, string? MatchedBy);

/// <summary>
/// How a booking finds the person it belongs to, whoever records it (the bookings API, the jail-bookings import):
/// only strong identifiers (A-number, FBI number, state SID) link it to a known person. Identifiers that point to
/// different people, or to a person with a different identifier of the same kind, are refused rather than guessed.
/// </summary>
public static class PersonMatching
{
    public static async Task<PersonMatch> MatchAsync(AppDbContext db, StrongIdentifiers ids, CancellationToken ct)
    {
        if (!ids.Any) return new(null, null, null);
        var candidates = await db.Persons
            .Where(p => (ids.ANumber != null && p.ANumber == ids.ANumber) || (ids.FbiNumber != null && p.FbiNumber == ids.FbiNumber) || (ids.StateId != null && p.StateId == ids.StateId))
            .OrderBy(p => p.Id).Take(5).ToListAsync(ct);
        // Persons of this unit of work not saved yet count with what they hold now: an import batch may book a person
        // twice, or give a known person an identifier a later row of the batch carries.
        foreach (var entry in db.ChangeTracker.Entries<Person>())
        {
            var p = entry.Entity;
            if (entry.State != EntityState.Deleted && !candidates.Contains(p)
                && ((ids.ANumber != null && p.ANumber == ids.ANumber) || (ids.FbiNumber != null && p.FbiNumber == ids.FbiNumber) || (ids.StateId != null && p.StateId == ids.StateId)))
                candidates.Add(p);
        }
        return Decide(candidates, ids);
    }

    /// <summary>
    /// The decision among the persons the identifiers name: a caller that has already loaded every one of them (the
    /// jail-bookings import loads a batch's at once) decides here without another query.
    /// </summary>
    public static PersonMatch Decide(IReadOnlyList<Person> candidates, StrongIdentifiers ids)
    {
        if (candidates.Count == 0) return new(null, null, null);
        if (candidates.Count > 1)
            return new(null, "The identifiers given belong to different people in DetainerDesk; check the A-number, FBI number and state SID. The booking was not recorded.", null);
        var known = candidates[0];
        var conflicts = ids.ConflictsWith(known);
        if (conflicts.Count > 0)
            return new(null, $"A known person matches some identifiers given, but their {string.Join(" and ", conflicts)} differs. Check the identifiers; the booking was not recorded.", null);
        var matched = new[] { ("A-number", ids.ANumber, known.ANumber), ("FBI number", ids.FbiNumber, known.FbiNumber), ("state SID", ids.StateId, known.StateId) }
            .Where(m => m.Item2 is not null && m.Item2 == m.Item3).Select(m => m.Item1);
        return new(known, null, string.Join(", ", matched));
    }
}
