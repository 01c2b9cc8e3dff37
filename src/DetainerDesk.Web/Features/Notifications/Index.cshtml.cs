using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DetainerDesk.Web.Features.Notifications;

/// <summary>The organisation's inbox: what happened to its detainers that someone should look at.</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<NotificationItem> Items { get; private set; } = [];
    public int Unread { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var caller = HttpContext.GetCaller();
        Items = await NotificationQueries.LatestAsync(db, caller, unreadOnly: false, take: 100, ct);
        Unread = Items.Count(i => i.ReadAtUtc is null);
    }

    public async Task<IActionResult> OnPostMarkAllReadAsync(CancellationToken ct)
    {
        var changed = await NotificationQueries.MarkReadAsync(db, HttpContext.GetCaller(), null, clock.GetUtcNow().UtcDateTime, ct);
        TempData["Success"] = changed == 1 ? "1 notification marked as read." : $"{changed} notifications marked as read.";
        return RedirectToPage();
    }

    public string? LinkFor(NotificationItem item) =>
        item is { EntityType: "Detainer", EntityId: { } id } && Guid.TryParse(id, out var detainer)
            ? Url.Page("/Detainers/Details", new { id = detainer })
            : null;
}
