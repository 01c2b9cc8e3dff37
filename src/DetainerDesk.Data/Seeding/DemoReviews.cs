using System.Security.Cryptography;
using System.Text;
using DetainerDesk.Data.Linkage;
using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Seeding;

/// <summary>
/// A few identity-review items for the demo, so that the supervisors' queue is not empty: pairs of demo person
/// records that share a date of birth and score in the review band (mostly one identity booked twice under
/// different spellings — the unresolved duplicates <see cref="DemoPeople"/> makes on purpose). Deterministic: dates
/// and persons in a fixed order, ids derived from the pair.
/// </summary>
public static class DemoReviews
{
    public const int Count = 6;

    public static async Task<int> AddAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var thresholds = new MatchThresholds();
        var dates = await db.Persons.GroupBy(p => p.DateOfBirth).Where(g => g.Count() > 1)
            .Select(g => g.Key).OrderBy(d => d).Take(500).ToListAsync(ct);
        var persons = (await db.Persons.AsNoTracking().Where(p => dates.Contains(p.DateOfBirth)).ToListAsync(ct))
            .OrderBy(p => p.DateOfBirth).ThenBy(p => p.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var group in persons.GroupBy(p => p.DateOfBirth))
        {
            var members = group.ToList();
            for (var i = 0; i < members.Count && added < Count; i++)
                for (var j = i + 1; j < members.Count && added < Count; j++)
                {
                    var explanation = PairScore.Explain(members[i], members[j]);
                    if (explanation.Probability < thresholds.ReviewAt || explanation.Probability >= thresholds.AutoLinkAt) continue;
                    // The record without an A-number is the later, unresolved one: it "arrived".
                    var (arrived, known) = members[i].ANumber is null && members[j].ANumber is not null ? (members[i], members[j]) : (members[j], members[i]);
                    var review = ArrivalMatcher.NewReview(arrived.Id, known.Id, "demo", explanation, now, MatchReviewStatus.Open);
                    db.MatchReviews.Add(CopyWithId(review, PairId(arrived.Id, known.Id)));
                    added++;
                }
            if (added == Count) break;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

    private static MatchReview CopyWithId(MatchReview r, Guid id) => new()
    {
        Id = id, PersonId = r.PersonId, CandidateId = r.CandidateId, Source = r.Source, Probability = r.Probability,
        TotalBits = r.TotalBits, Summary = r.Summary, CreatedAtUtc = r.CreatedAtUtc, Status = r.Status,
    };

    private static Guid PairId(Guid a, Guid b) => new(SHA256.HashData(Encoding.UTF8.GetBytes($"demo-review|{a}|{b}"))[..16]);
}
