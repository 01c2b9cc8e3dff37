using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Detainers;

public sealed record TimelineEntry(int Version, DetainerAction Action, DetainerStatus To, string Actor, DateTime AtUtc, string Reason,
    string EvidenceSource, string? EvidenceReference, string? EvidenceNote);

/// <summary>Every recorded step of one detainer, oldest first, with the acting user's name where the actor is a user.</summary>
public static class DetainerTimelineQuery
{
    /// <summary>Call only for a detainer the caller was allowed to read: the timeline is not scoped again.</summary>
    public static Task<List<TimelineEntry>> ForAsync(AppDbContext db, Guid detainerId, CancellationToken ct) =>
        (from e in db.DetainerEvents
         where e.DetainerId == detainerId
         join u in db.Users on e.Actor equals u.Id into users
         from u in users.DefaultIfEmpty()
         orderby e.Version
         select new TimelineEntry(e.Version, e.Action, e.To, u != null ? u.DisplayName : e.Actor, e.AtUtc, e.Reason,
             e.EvidenceSource, e.EvidenceReference, e.EvidenceNote))
        .AsNoTracking().ToListAsync(ct);
}
