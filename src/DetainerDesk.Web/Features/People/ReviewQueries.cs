using DetainerDesk.Data.Linkage;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.People;

public sealed record PersonLine(Guid Id, string Name, DateOnly DateOfBirth);
public sealed record ReviewLine(Guid Id, DateTime CreatedAtUtc, string Source, double Probability, PersonLine Arrived, PersonLine Known);
public sealed record MergeLine(Guid Id, DateTime MergedAtUtc, string MergedBy, bool Automatic, string Reason, Guid SurvivorId, string? SurvivorName, DateTime? UnmergedAtUtc);
public sealed record PersonRecordLine(string Kind, string Number, string Where, DateTime AtUtc);

/// <summary>The review queue's reads. Persons are not scoped by organisation: the page's policy admits only roles that see every agency.</summary>
public static class ReviewQueries
{
    /// <summary>Open pairs whose two persons both still exist (a pair whose person was merged away waits for an unmerge), strongest first.</summary>
    public static async Task<List<ReviewLine>> OpenAsync(AppDbContext db, int take, CancellationToken ct) =>
        (await (from r in db.MatchReviews.AsNoTracking()
                where r.Status == MatchReviewStatus.Open
                join a in db.Persons on r.PersonId equals a.Id
                join k in db.Persons on r.CandidateId equals k.Id
                orderby r.Probability descending, r.CreatedAtUtc, r.Id
                select new { r.Id, r.CreatedAtUtc, r.Source, r.Probability, A = a, K = k })
            .Take(take).ToListAsync(ct))
        .Select(x => new ReviewLine(x.Id, x.CreatedAtUtc, x.Source, x.Probability, Line(x.A), Line(x.K)))
        .ToList();

    public static async Task<List<MergeLine>> RecentMergesAsync(AppDbContext db, int take, CancellationToken ct) =>
        await (from m in db.PersonMerges.AsNoTracking()
               join s in db.Persons on m.SurvivorId equals s.Id into survivors
               from s in survivors.DefaultIfEmpty()
               orderby m.MergedAtUtc descending, m.Id
               select new MergeLine(m.Id, m.MergedAtUtc, m.MergedBy, m.Automatic, m.Reason, m.SurvivorId,
                   s == null ? null : s.FamilyName + ", " + s.GivenName, m.UnmergedAtUtc))
            .Take(take).ToListAsync(ct);

    /// <summary>The bookings and detainers filed under a person, for the side-by-side view.</summary>
    public static async Task<List<PersonRecordLine>> RecordsOfAsync(AppDbContext db, Guid personId, CancellationToken ct)
    {
        var bookings = await (from b in db.Bookings.AsNoTracking()
                              where b.PersonId == personId
                              join f in db.Facilities on b.FacilityId equals f.Id
                              select new PersonRecordLine("Booking", b.BookingNumber, f.Name, b.BookedAtUtc)).ToListAsync(ct);
        var detainers = await (from d in db.Detainers.AsNoTracking()
                               where d.PersonId == personId
                               join f in db.Facilities on d.FacilityId equals f.Id
                               select new PersonRecordLine("Detainer", d.FormType.ToString(), f.Name, d.LodgedAtUtc)).ToListAsync(ct);
        return [.. bookings.Concat(detainers).OrderBy(r => r.AtUtc)];
    }

    public static PersonLine Line(Person p) => new(p.Id, p.DisplayName, p.DateOfBirth);
}

/// <summary>Who acted, as people read it: a user's display name, an API key's name, or "the matcher" for the system.</summary>
public static class ActorNames
{
    public static async Task<Dictionary<string, string>> ForAsync(AppDbContext db, IEnumerable<string?> actorIds, CancellationToken ct)
    {
        var ids = actorIds.OfType<string>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        var keyIds = ids.Where(i => i.StartsWith("apikey:", StringComparison.Ordinal) && Guid.TryParse(i[7..], out _)).Select(i => Guid.Parse(i[7..])).ToList();
        var keys = await db.ApiKeys.AsNoTracking().Where(k => keyIds.Contains(k.Id)).Select(k => new { k.Id, k.Name }).ToListAsync(ct);
        var names = ids.ToDictionary(i => i, i => i == "system" ? "the matcher (automatic)" : i);
        foreach (var u in users) names[u.Id] = u.DisplayName;
        foreach (var k in keys) names[$"apikey:{k.Id}"] = $"API key “{k.Name}”";
        return names;
    }
}
