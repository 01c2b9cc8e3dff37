using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Detainers;

public sealed record RunningHold(Guid Id, string BookingNumber, string FacilityName, string FacilityTimeZone, DateTime EndsAtUtc);

/// <summary>Holds running now in the caller's scope, the one ending soonest first: the list nobody may lose sight of.</summary>
public static class RunningHoldsQuery
{
    public static Task<List<RunningHold>> ForAsync(AppDbContext db, Caller caller, int take, CancellationToken ct) =>
        (from d in db.VisibleDetainers(caller)
         where d.Status == DetainerStatus.HoldActive && d.HoldEndsAtUtc != null
         join b in db.Bookings on d.BookingId equals b.Id
         join f in db.Facilities on d.FacilityId equals f.Id
         orderby d.HoldEndsAtUtc
         select new RunningHold(d.Id, b.BookingNumber, f.Name, f.TimeZone, d.HoldEndsAtUtc!.Value))
        .Take(take).AsNoTracking().ToListAsync(ct);

    /// <summary>"5 h 20 min left", or "limit passed" when the expiry is due and not yet recorded.</summary>
    public static string TimeLeft(DateTime endsAtUtc, DateTime nowUtc)
    {
        var left = endsAtUtc - nowUtc;
        return left <= TimeSpan.Zero ? "limit passed: release now" : $"{(int)left.TotalHours} h {left.Minutes} min left";
    }
}
