using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DetainerDesk.Data.Jobs;
using DetainerDesk.Web.Tests.Detainers;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DetainerDesk.Web.Tests.Notifications;

/// <summary>The receiving agency's inbox tells it about a new detainer; no other agency hears of it.</summary>
public abstract class NotificationInboxTests(DeskFactory app)
{
    private async Task<string> LodgeAndProcessAsync()
    {
        var response = await app.ClientWithKey(app.World.OfficerKey)
            .PostAsJsonAsync("/api/v1/detainers", LodgeRequests.Valid(app.World.FacilityAId), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var id = (string)(await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["id"]!;
        var runner = new JobRunner(app.Services.GetRequiredService<IServiceScopeFactory>(), new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(1)), NullLogger<JobRunner>.Instance);
        while (await runner.RunDueOnceAsync("inbox-test", 50, TestContext.Current.CancellationToken) > 0) { }
        return id;
    }

    private async Task<JsonObject> InboxAsync(string key) =>
        (await app.ClientWithKey(key).GetFromJsonAsync<JsonObject>("/api/v1/notifications", TestContext.Current.CancellationToken))!;

    [Fact]
    public async Task The_receiving_agency_is_notified_and_can_mark_it_read()
    {
        app.SkipIfUnavailable();
        var id = await LodgeAndProcessAsync();
        var inbox = await InboxAsync(app.World.ClerkAKey);
        var item = inbox["items"]!.AsArray().Single(i => (string?)i!["entityId"] == id)!;
        Assert.Null(item["readAtUtc"]);
        var unreadBefore = (int)inbox["unread"]!;

        var read = await app.ClientWithKey(app.World.ClerkAKey).PostAsync($"/api/v1/notifications/{item["id"]}/read", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.Equal(unreadBefore - 1, (int)(await InboxAsync(app.World.ClerkAKey))["unread"]!);
    }

    [Fact]
    public async Task Another_agency_neither_sees_nor_can_mark_the_notification()
    {
        app.SkipIfUnavailable();
        var id = await LodgeAndProcessAsync();
        var own = (await InboxAsync(app.World.ClerkAKey))["items"]!.AsArray().Single(i => (string?)i!["entityId"] == id)!;

        Assert.DoesNotContain((await InboxAsync(app.World.ClerkBKey))["items"]!.AsArray(), i => (string?)i!["entityId"] == id);
        var response = await app.ClientWithKey(app.World.ClerkBKey).PostAsync($"/api/v1/notifications/{own["id"]}/read", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class SqliteNotificationInboxTests(SqliteDeskFactory app) : NotificationInboxTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresNotificationInboxTests(PostgresDeskFactory app) : NotificationInboxTests(app), IClassFixture<PostgresDeskFactory>;
