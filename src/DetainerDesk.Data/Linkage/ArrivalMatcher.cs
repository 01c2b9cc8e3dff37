using System.Globalization;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Linkage;
using DetainerDesk.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Linkage;

public abstract record ArrivalOutcome
{
    public sealed record Gone : ArrivalOutcome;
    public sealed record NoMatch(int Candidates) : ArrivalOutcome;
    public sealed record Queued(IReadOnlyList<Guid> ReviewIds) : ArrivalOutcome;
    public sealed record AutoMerged(Guid MergeId, Guid SurvivorId) : ArrivalOutcome;
}

/// <summary>
/// Matches a person who just arrived (a booking or a detainer now; an arrest or a tip later — they call this with
/// their own <c>source</c>) against the persons already known: blocks in the database on cheap indexed keys, scores
/// the few candidates in memory with the fixed <see cref="ArrivalModel"/>, and acts on the band of the best score.
/// </summary>
public static class ArrivalMatcher
{
    public static async Task<ArrivalOutcome> MatchAsync(
        AppDbContext db, AuditLog audit, TimeProvider clock, Guid personId, string source, MatchThresholds thresholds, CancellationToken ct)
    {
        var person = await db.Persons.SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return new ArrivalOutcome.Gone(); // merged away before its turn came

        var candidates = await CandidatesAsync(db, person, thresholds.MaxCandidates, ct);
        var ids = candidates.Select(c => c.Id).ToList();
        // A pair already in the queue, or already decided either way, is not asked again.
        var seen = (await db.MatchReviews
                .Where(r => (r.PersonId == personId && ids.Contains(r.CandidateId)) || (r.CandidateId == personId && ids.Contains(r.PersonId)))
                .Select(r => r.PersonId == personId ? r.CandidateId : r.PersonId)
                .ToListAsync(ct))
            .ToHashSet();
        var scored = candidates
            .Where(c => !seen.Contains(c.Id))
            .Select(c => (Candidate: c, Explanation: PairScore.Explain(person, c)))
            .Where(s => s.Explanation.Probability >= thresholds.ReviewAt)
            .OrderByDescending(s => s.Explanation.TotalBits).ThenBy(s => s.Candidate.Id)
            .ToList();
        if (scored.Count == 0) return new ArrivalOutcome.NoMatch(candidates.Count);

        var now = clock.GetUtcNow().UtcDateTime;
        var sure = scored.Where(s => s.Explanation.Probability >= thresholds.AutoLinkAt).ToList();
        // One sure candidate is linked; two or more sure ones are a conflict a person must look at.
        if (sure.Count == 1)
        {
            var (known, explanation) = sure[0];
            var review = NewReview(person.Id, known.Id, source, explanation, now, MatchReviewStatus.AutoMerged);
            db.MatchReviews.Add(review);
            var reason = string.Create(CultureInfo.InvariantCulture, $"Matched on arrival ({source}): {explanation.Probability:P2}, at or above the automatic threshold {thresholds.AutoLinkAt:P2}.");
            // The known person survives: its history stays where it was, the new record joins it.
            var merged = await PersonMerges.MergeAsync(db, audit, clock, Actor.System, known.Id, person.Id, reason, review, automatic: true, ct);
            // The other candidates are not queued: the survivor was compared with them when it arrived itself.
            if (merged is MergeOutcome.Merged m) return new ArrivalOutcome.AutoMerged(m.Merge.Id, known.Id);
            review.Status = MatchReviewStatus.Open; // refused (identifiers): a supervisor looks instead
        }
        var queued = new List<Guid>();
        foreach (var (candidate, explanation) in scored.Where(s => sure.Count != 1 || s.Candidate.Id != sure[0].Candidate.Id))
        {
            var review = NewReview(person.Id, candidate.Id, source, explanation, now, MatchReviewStatus.Open);
            db.MatchReviews.Add(review);
            queued.Add(review.Id);
        }
        audit.Add(Actor.System, "person.match", "Person", person.Id.ToString(),
            details: string.Create(CultureInfo.InvariantCulture, $"source={source};candidates={candidates.Count};queued={queued.Count}"));
        await db.SaveChangesAsync(ct);
        return new ArrivalOutcome.Queued(queued);
    }

    /// <summary>
    /// The block, in one indexed query: the same date of birth or its day/month swap (any name), or the same family
    /// name — or the given name written as family name — born within a year (any day).
    /// </summary>
    public static async Task<List<Person>> CandidatesAsync(AppDbContext db, Person person, int max, CancellationToken ct)
    {
        var dob = person.DateOfBirth;
        var swapped = dob.Day <= 12 && dob.Day != dob.Month ? new DateOnly(dob.Year, dob.Day, Math.Min(dob.Month, DateTime.DaysInMonth(dob.Year, dob.Day))) : dob;
        var from = dob.AddYears(-1);
        var to = dob.AddYears(1);
        var family = person.FamilyName;
        var given = person.GivenName;
        return await db.Persons.AsNoTracking()
            .Where(p => p.Id != person.Id
                && (p.DateOfBirth == dob || p.DateOfBirth == swapped
                    || ((p.FamilyName == family || p.FamilyName == given) && p.DateOfBirth >= from && p.DateOfBirth <= to)))
            .OrderBy(p => p.Id)
            .Take(max)
            .ToListAsync(ct);
    }

    internal static MatchReview NewReview(Guid personId, Guid candidateId, string source, MatchExplanation explanation, DateTime now, MatchReviewStatus status) => new()
    {
        Id = Guid.CreateVersion7(new DateTimeOffset(now, TimeSpan.Zero)),
        PersonId = personId,
        CandidateId = candidateId,
        Source = source,
        Probability = explanation.Probability,
        TotalBits = explanation.TotalBits,
        Summary = Truncate(explanation.Summary(), 2000),
        CreatedAtUtc = now,
        Status = status,
    };

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
