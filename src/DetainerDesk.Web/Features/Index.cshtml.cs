using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Features.Detainers;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features;

/// <summary>What a role sees first. Roles whose features come later get a card saying what they will be able to do.</summary>
public enum DashboardKind { FieldOffice, AgencyInbox, National, Auditor, TipReviewer }

/// <summary>A field office's dashboard shows the office's detainers, or only those the signed-in officer lodged.</summary>
public enum DashboardScope { Office, Mine }

/// <summary>One field office's detainers by status, for the national dashboard.</summary>
public sealed record OfficeCounts(string Code, string Name, int Lodged, int Received)
{
    public int Total => Lodged + Received;
}

/// <summary>The dashboard: counts and the detainers that need attention, for the caller's role and organisation.</summary>
[Authorize]
// Personal data: neither the browser nor a proxy may keep a copy (security.md S-12).
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int LatestCount = 5;
    public const int InboxCount = 10;
    public const int AlertCount = 5;

    public Caller Caller { get; private set; } = null!;
    public string OrganisationName { get; private set; } = "";
    public DashboardKind Kind { get; private set; }
    /// <summary>Field offices: whose detainers the counts and the latest list show (<c>?scope=mine</c> or the office's, the default).</summary>
    public DashboardScope Scope { get; private set; }
    /// <summary>Detainers the caller may see, per status (every status present, zero included).</summary>
    public IReadOnlyList<(DetainerStatus Status, int Count)> Counts { get; private set; } = [];
    public int Total => Counts.Sum(c => c.Count);
    public int CountOf(DetainerStatus status) => Counts.FirstOrDefault(c => c.Status == status).Count;
    /// <summary>The latest detainers (field offices) or those awaiting acknowledgement (agencies).</summary>
    public DetainerTable? Table { get; private set; }
    /// <summary>Headquarters: the same counts per issuing field office.</summary>
    public IReadOnlyList<OfficeCounts> ByOffice { get; private set; } = [];
    public IReadOnlyList<Detainers.RunningHold> Holds { get; private set; } = [];
    /// <summary>Field offices: releases in the next week. Agencies: releases today, in each facility's own day.</summary>
    public IReadOnlyList<UpcomingRelease> Releases { get; private set; } = [];
    /// <summary>The caller's unread notifications, newest first, and how many there are in all.</summary>
    public IReadOnlyList<Notifications.NotificationItem> Alerts { get; private set; } = [];
    public int UnreadAlerts { get; private set; }
    /// <summary>Agencies: how many detainers wait for acknowledgement, decision and service.</summary>
    public int InboxTotal => DashboardQueries.InboxStatuses.Sum(CountOf);
    public DateTime NowUtc { get; private set; }

    public async Task OnGetAsync(string? scope, CancellationToken ct)
    {
        Caller = HttpContext.GetCaller();
        OrganisationName = User.FindFirst(DeskClaims.OrganisationName)?.Value ?? "";
        Kind = KindOf(Caller.Role);
        NowUtc = clock.GetUtcNow().UtcDateTime;
        if (Kind is DashboardKind.FieldOffice or DashboardKind.AgencyInbox)
        {
            Holds = await Detainers.RunningHoldsQuery.ForAsync(db, Caller, 20, ct);
            Alerts = await Notifications.NotificationQueries.LatestAsync(db, Caller, unreadOnly: true, AlertCount, ct);
            UnreadAlerts = Alerts.Count < AlertCount ? Alerts.Count : await Notifications.NotificationQueries.UnreadCountAsync(db, Caller, ct);
        }

        switch (Kind)
        {
            case DashboardKind.FieldOffice:
                Scope = string.Equals(scope, "mine", StringComparison.OrdinalIgnoreCase) ? DashboardScope.Mine : DashboardScope.Office;
                var lodgedBy = Scope == DashboardScope.Mine ? Caller.ActorId : null;
                Counts = await CountByStatusAsync(lodgedBy, ct);
                Table = Scope == DashboardScope.Mine
                    ? await ListAsync(new DetainerFilter(PageSize: LatestCount, LodgedBy: lodgedBy), "Latest detainers you lodged", "You have not lodged a detainer yet.", ct)
                    : await ListAsync(new DetainerFilter(PageSize: LatestCount), "Latest detainers issued by your office", "Your office has not lodged a detainer yet.", ct);
                // From a day back: a release recorded for today without an hour sits at midnight, and is still today's.
                Releases = await DashboardQueries.ReleasesAsync(db, Caller, NowUtc.AddDays(-1), NowUtc.AddDays(7), 20, ct);
                break;
            case DashboardKind.AgencyInbox:
                Counts = await CountByStatusAsync(null, ct);
                Table = await InboxAsync(ct);
                Releases = await DashboardQueries.ReleasesTodayAsync(db, Caller, NowUtc, 20, ct);
                break;
            case DashboardKind.National:
                Counts = await CountByStatusAsync(null, ct);
                ByOffice = await CountByOfficeAsync(ct);
                break;
            case DashboardKind.Auditor:
            case DashboardKind.TipReviewer:
                break;
        }
    }

    private static DashboardKind KindOf(string role) => role switch
    {
        Roles.IceOfficer or Roles.IceSupervisor => DashboardKind.FieldOffice,
        Roles.AgencyClerk or Roles.AgencySupervisor => DashboardKind.AgencyInbox,
        Roles.Auditor => DashboardKind.Auditor,
        Roles.TipReviewer => DashboardKind.TipReviewer,
        // Analysts and administrators; an unknown role also gets counts only, and the query's scope still applies.
        _ => DashboardKind.National,
    };

    /// <summary>Counts are not personal data, so unlike the lists they are not audited.</summary>
    private async Task<IReadOnlyList<(DetainerStatus, int)>> CountByStatusAsync(string? lodgedBy, CancellationToken ct)
    {
        var visible = db.VisibleDetainers(Caller);
        if (lodgedBy is not null) visible = visible.Where(d => d.LodgedByUserId == lodgedBy);
        var rows = await visible
            .GroupBy(d => d.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return Enum.GetValues<DetainerStatus>()
            .Select(s => (s, rows.FirstOrDefault(r => r.Status == s)?.Count ?? 0))
            .ToList();
    }

    private async Task<IReadOnlyList<OfficeCounts>> CountByOfficeAsync(CancellationToken ct)
    {
        var rows = await (
            from d in db.VisibleDetainers(Caller)
            join o in db.Organisations on d.IssuingOfficeId equals o.Id
            group d by new { o.Code, o.Name } into g
            select new OfficeCounts(g.Key.Code, g.Key.Name,
                g.Count(d => d.Status == DetainerStatus.Lodged), g.Count(d => d.Status == DetainerStatus.Received)))
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.Total).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
    }

    private async Task<DetainerTable> InboxAsync(CancellationToken ct)
    {
        var items = await DashboardQueries.InboxAsync(db, Caller, InboxCount, ct);
        await audit.RecordAsync(Caller.Actor, "detainer.list", "Detainer", null,
            details: $"view=dashboard-inbox;rows={items.Count}", cancellationToken: ct);
        return new DetainerTable("Detainers waiting for your agency, newest first",
            "Nothing to do: every detainer lodged with your agency has been acknowledged, decided and served.", items, Caller.OrganisationKind);
    }

    private async Task<DetainerTable> ListAsync(DetainerFilter filter, string caption, string emptyText, CancellationToken ct)
    {
        var page = await DetainerQueries.ListAsync(db, Caller, filter, ct);
        await audit.RecordAsync(Caller.Actor, "detainer.list", "Detainer", null,
            details: $"view=dashboard;scope={(filter.LodgedBy is null ? "office" : "mine")};status={filter.Status};page=1;rows={page.Items.Count}", cancellationToken: ct);
        return new DetainerTable(caption, emptyText, page.Items, Caller.OrganisationKind);
    }
}
