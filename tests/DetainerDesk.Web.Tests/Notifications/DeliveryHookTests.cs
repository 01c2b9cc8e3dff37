using DetainerDesk.Data.Notifications;
using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DetainerDesk.Web.Tests.Notifications.DeliverySteps;

namespace DetainerDesk.Web.Tests.Notifications;

/// <summary>The delivery job is saved with the notification: both or neither, and once however often the save is called.</summary>
public abstract class DeliveryHookTests(DeliveryFactory app)
{
    private Task<int> DeliveryJobsForAsync(Guid notification) => WithDbAsync(app.Services, db =>
        db.OutboxJobs.CountAsync(j => j.Kind == NotificationDelivery.JobKind && j.Payload.Contains(notification.ToString()), Ct));

    private Notification NewNotification() =>
        Notification.AboutDetainer(TimeProvider.System, app.World.AgencyAId, Guid.NewGuid(), "test.event", "A test notification", "Nothing happened.");

    [Fact]
    public async Task A_saved_notification_has_exactly_one_delivery_job_and_a_rolled_back_one_has_none()
    {
        app.SkipIfUnavailable();
        var rolledBack = NewNotification();
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            db.Notifications.Add(rolledBack);
            await db.SaveChangesAsync(Ct);
            await transaction.RollbackAsync(Ct);
        }
        Assert.Equal(0, await DeliveryJobsForAsync(rolledBack.Id));

        var saved = NewNotification();
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Notifications.Add(saved);
            await db.SaveChangesAsync(Ct);
            await db.SaveChangesAsync(Ct);
        }
        Assert.Equal(1, await DeliveryJobsForAsync(saved.Id));
    }
}

public sealed class SqliteDeliveryHookTests(SqliteDeliveryFactory app) : DeliveryHookTests(app), IClassFixture<SqliteDeliveryFactory>;
public sealed class PostgresDeliveryHookTests(PostgresDeliveryFactory app) : DeliveryHookTests(app), IClassFixture<PostgresDeliveryFactory>;
