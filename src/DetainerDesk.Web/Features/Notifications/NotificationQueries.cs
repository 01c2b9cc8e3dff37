using DetainerDesk.Data.Notifications;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Notifications;

public sealed record NotificationItem(Guid Id, string Kind, string Title, string Body, string? EntityType, string? EntityId, DateTime CreatedAtUtc, DateTime? ReadAtUtc);

/// <summary>The in-app inbox: messages to the caller's organisation, or to the caller alone. Someone else's are not found.</summary>
public static class NotificationQueries
{
    public static IQueryable<Notification> VisibleTo(this IQueryable<Notification> notifications, Caller caller) =>
        notifications.Where(n => n.OrganisationId == caller.OrganisationId && (n.UserId == null || n.UserId == caller.ActorId));

    public static Task<int> UnreadCountAsync(AppDbContext db, Caller caller, CancellationToken ct) =>
        db.Notifications.VisibleTo(caller).CountAsync(n => n.ReadAtUtc == null, ct);

    public static Task<List<NotificationItem>> LatestAsync(AppDbContext db, Caller caller, bool unreadOnly, int take, CancellationToken ct) =>
        db.Notifications.VisibleTo(caller)
            .Where(n => !unreadOnly || n.ReadAtUtc == null)
            .OrderByDescending(n => n.CreatedAtUtc).ThenBy(n => n.Id)
            .Take(take)
            .Select(n => new NotificationItem(n.Id, n.Kind, n.Title, n.Body, n.EntityType, n.EntityId, n.CreatedAtUtc, n.ReadAtUtc))
            .AsNoTracking()
            .ToListAsync(ct);

    /// <summary>Marks one (or, with null, every) unread notification read; returns how many changed.</summary>
    public static Task<int> MarkReadAsync(AppDbContext db, Caller caller, Guid? id, DateTime nowUtc, CancellationToken ct) =>
        db.Notifications.VisibleTo(caller)
            .Where(n => n.ReadAtUtc == null && (id == null || n.Id == id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, nowUtc), ct);
}
