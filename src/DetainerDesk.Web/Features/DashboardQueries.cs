using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Web.Features.Detainers;
using DetainerDesk.Web.Features.Shared;
using DetainerDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features;

/// <summary>A release expected soon: the day the agency gave, shown in its facility's zone.</summary>
public sealed record UpcomingRelease(Guid Id, DetainerStatus Status, string BookingNumber, string FacilityName, string FacilityTimeZone, DateTime ReleaseAtUtc);

/// <summary>The dashboards' lists, each scoped to the caller through <see cref="DetainerScope"/>.</summary>
public static class DashboardQueries
{
    /// <summary>What a clerk still has to do on a detainer, in the order the work comes.</summary>
    public static readonly DetainerStatus[] InboxStatuses = [DetainerStatus.Lodged, DetainerStatus.Received, DetainerStatus.PolicyEvaluated];

    /// <summary>States in which a release date still lies ahead (once eligible, the person is releasable now).</summary>
    private static readonly DetainerStatus[] AwaitingRelease = [DetainerStatus.ReleaseDateKnown, DetainerStatus.NotificationSent];

    public static string Needs(DetainerStatus status) => status switch
    {
        DetainerStatus.Lodged => "acknowledgement",
        DetainerStatus.Received => "your decision",
        DetainerStatus.PolicyEvaluated => "service on the subject",
        _ => "nothing",
    };

    /// <summary>Detainers waiting for the agency's acknowledgement, decision or service, newest first (as they arrive).</summary>
    public static Task<List<DetainerListItem>> InboxAsync(AppDbContext db, Caller caller, int take, CancellationToken ct) =>
        (from d in db.VisibleDetainers(caller)
         where InboxStatuses.Contains(d.Status)
         join p in db.Persons on d.PersonId equals p.Id
         join f in db.Facilities on d.FacilityId equals f.Id
         join a in db.Organisations on d.ReceivingAgencyId equals a.Id
         join o in db.Organisations on d.IssuingOfficeId equals o.Id
         orderby d.LodgedAtUtc descending, d.Id
         select new DetainerListItem(d.Id, d.Status, d.FormType, d.LodgedAtUtc, d.ReceivedAtUtc,
             p.FamilyName + ", " + p.GivenName, f.Id, f.Name, f.TimeZone, a.Name, o.Code))
        .Take(take).AsNoTracking().ToListAsync(ct);

    /// <summary>Releases expected from now until <paramref name="days"/> days ahead, soonest first.</summary>
    public static Task<List<UpcomingRelease>> ReleasesAsync(AppDbContext db, Caller caller, DateTime fromUtc, DateTime toUtc, int take, CancellationToken ct) =>
        (from d in db.VisibleDetainers(caller)
         where AwaitingRelease.Contains(d.Status) && d.ReleaseDateUtc != null && d.ReleaseDateUtc >= fromUtc && d.ReleaseDateUtc < toUtc
         join b in db.Bookings on d.BookingId equals b.Id
         join f in db.Facilities on d.FacilityId equals f.Id
         orderby d.ReleaseDateUtc, d.Id
         select new UpcomingRelease(d.Id, d.Status, b.BookingNumber, f.Name, f.TimeZone, d.ReleaseDateUtc!.Value))
        .Take(take).AsNoTracking().ToListAsync(ct);

    /// <summary>
    /// Releases on today's date at each facility. "Today" differs between zones, so the query takes the widest window
    /// (a day either side of UTC's) and each release is then kept if its local day is its facility's today.
    /// </summary>
    public static async Task<List<UpcomingRelease>> ReleasesTodayAsync(AppDbContext db, Caller caller, DateTime nowUtc, int take, CancellationToken ct)
    {
        var window = await ReleasesAsync(db, caller, nowUtc.Date.AddDays(-1), nowUtc.Date.AddDays(2), take * 4, ct);
        return window
            .Where(r => FacilityLocalInput.Today(r.ReleaseAtUtc, r.FacilityTimeZone) == FacilityLocalInput.Today(nowUtc, r.FacilityTimeZone))
            .Take(take)
            .ToList();
    }
}
