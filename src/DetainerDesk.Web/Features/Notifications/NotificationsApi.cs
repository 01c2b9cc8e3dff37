using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Notifications;

public sealed record NotificationListResponse(int Unread, IReadOnlyList<NotificationItem> Items);

/// <summary>/api/v1/notifications: the caller organisation's in-app inbox, for systems that show it in their own screens.</summary>
public static class NotificationsApi
{
    public static RouteGroupBuilder MapNotificationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization();
        group.MapGet("/", List).WithName("ListNotifications").WithSummary("Newest notifications for the caller's organisation, with the unread count");
        group.MapPost("/{id:guid}/read", MarkRead).ProducesProblem(404).WithName("MarkNotificationRead").WithSummary("Mark one notification read");
        return group;
    }

    private static async Task<Ok<NotificationListResponse>> List(HttpContext http, AppDbContext db, CancellationToken ct, bool unread = false, int take = 50)
    {
        var caller = http.GetCaller();
        var items = await NotificationQueries.LatestAsync(db, caller, unread, Math.Clamp(take, 1, 200), ct);
        return TypedResults.Ok(new NotificationListResponse(await NotificationQueries.UnreadCountAsync(db, caller, ct), items));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkRead(Guid id, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.GetCaller();
        if (!await db.Notifications.VisibleTo(caller).AnyAsync(n => n.Id == id, ct)) return TypedResults.Problem($"No notification {id} is addressed to your organisation.", statusCode: 404, title: "Notification not found.");
        await NotificationQueries.MarkReadAsync(db, caller, id, clock.GetUtcNow().UtcDateTime, ct);
        return TypedResults.NoContent();
    }
}
