using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DetainerDesk.Data.Jobs;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Tests.Detainers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static DetainerDesk.Web.Tests.Notifications.DeliverySteps;

namespace DetainerDesk.Web.Tests.Notifications;

/// <summary>
/// Agency systems subscribe to their organisation's notifications and receive them as signed POSTs; a failing
/// receiver is retried with back-off, then dead-lettered for an administrator to retry; no one receives another's.
/// </summary>
public abstract partial class WebhookDeliveryTests(DeliveryFactory app) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow.AddMinutes(1));
    private WebhookReceiver _receiver = null!;

    public async ValueTask InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _receiver.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private async Task<Guid> LodgeAsync(Guid facility)
    {
        var response = await app.ClientWithKey(app.World.OfficerKey).PostAsJsonAsync("/api/v1/detainers", LodgeRequests.Valid(facility), Ct);
        response.EnsureSuccessStatusCode();
        return Guid.Parse((string)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!);
    }

    private async Task<(string Id, string Secret)> SubscribeAsync(string key, string path, params string[] eventTypes)
    {
        var response = await app.ClientWithKey(key).PostAsJsonAsync("/api/v1/webhooks", new { url = _receiver.BaseUrl + path, eventTypes }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "the answer with the secret must not be cached");
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        return ((string)body["id"]!, (string)body["secret"]!);
    }

    private static JsonObject? AboutDetainer(IEnumerable<WebhookReceiver.Received> requests, Guid detainer) =>
        requests.Select(r => JsonNode.Parse(r.Body)!.AsObject()).FirstOrDefault(b => (string?)b["notification"]!["entityId"] == detainer.ToString());

    private static string Hmac(string secret, string text) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task A_supervisor_subscribes_and_the_agency_system_receives_a_post_it_can_verify_with_the_secret()
    {
        app.SkipIfUnavailable();
        var supervisor = await AddKeyAsync(app.Services, app.World.AgencyAId, Roles.AgencySupervisor);
        var (id, secret) = await SubscribeAsync(supervisor, "/agency-a", "detainer.lodged");
        Assert.StartsWith("whsec_", secret);
        var listed = await app.ClientWithKey(supervisor).GetFromJsonAsync<JsonArray>("/api/v1/webhooks", Ct);
        var entry = Assert.Single(listed!, s => (string?)s!["id"] == id)!;
        Assert.Null(entry["secret"]);
        Assert.Equal("detainer.lodged", (string?)entry["eventTypes"]![0]);

        var detainer = await LodgeAsync(app.World.FacilityAId);
        await DrainAsync(app.Services, _clock);

        var post = Assert.Single(_receiver.At("/agency-a"), r => AboutDetainer([r], detainer) is not null);
        var timestamp = post.Headers["X-DetainerDesk-Timestamp"];
        Assert.InRange(long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds());
        Assert.Equal(Hmac(secret, $"{timestamp}.{post.Body}"), post.Headers["X-DetainerDesk-Signature"]);
        Assert.NotEqual(Hmac("whsec_wrong", $"{timestamp}.{post.Body}"), post.Headers["X-DetainerDesk-Signature"]);
        Assert.StartsWith("application/json", post.Headers["Content-Type"]);
        var body = JsonNode.Parse(post.Body)!;
        Assert.Equal("detainer.lodged", (string?)body["type"]);
        Assert.Equal(post.Headers["X-DetainerDesk-Delivery"], (string?)body["id"]);
        Assert.Equal(app.World.AgencyAId.ToString(), (string?)body["organisationId"]);
        Assert.Equal("New detainer to acknowledge", (string?)body["notification"]!["title"]);
    }

    [Fact]
    public async Task An_agencys_subscription_never_receives_another_organisations_events()
    {
        app.SkipIfUnavailable();
        var supervisorB = await AddKeyAsync(app.Services, app.World.AgencyBId, Roles.AgencySupervisor);
        await SubscribeAsync(supervisorB, "/agency-b", "*");

        var forA = await LodgeAsync(app.World.FacilityAId);
        var forB = await LodgeAsync(app.World.FacilityBId);
        await DrainAsync(app.Services, _clock);

        Assert.NotNull(AboutDetainer(_receiver.At("/agency-b"), forB));
        Assert.Null(AboutDetainer(_receiver.At("/agency-b"), forA));
        Assert.All(_receiver.At("/agency-b"), r => Assert.Equal(app.World.AgencyBId.ToString(), (string?)JsonNode.Parse(r.Body)!["organisationId"]));
    }

    [Fact]
    public async Task A_failing_receiver_is_retried_with_back_off_then_dead_lettered_and_an_administrator_can_retry_it()
    {
        app.SkipIfUnavailable();
        _receiver.Statuses["/failing"] = 500;
        var supervisor = await AddKeyAsync(app.Services, app.World.AgencyAId, Roles.AgencySupervisor);
        var (subscriptionId, _) = await SubscribeAsync(supervisor, "/failing", "detainer.lodged");
        var detainer = await LodgeAsync(app.World.FacilityAId);

        await DrainAsync(app.Services, _clock);
        Assert.Single(_receiver.At("/failing"), r => AboutDetainer([r], detainer) is not null);
        // Nothing more before the back-off has passed.
        await DrainAsync(app.Services, _clock);
        Assert.Single(_receiver.At("/failing"), r => AboutDetainer([r], detainer) is not null);

        for (var attempt = 2; attempt <= JobRunner.MaxAttempts + 1; attempt++)
        {
            _clock.Advance(TimeSpan.FromHours(1));
            await DrainAsync(app.Services, _clock);
        }
        Assert.Equal(JobRunner.MaxAttempts, _receiver.At("/failing").Count(r => AboutDetainer([r], detainer) is not null));

        var subscription = Guid.Parse(subscriptionId);
        var delivery = await WithDbAsync(app.Services, db => db.WebhookDeliveries.AsNoTracking().Include(d => d.Job)
            .Where(d => d.SubscriptionId == subscription)
            .SingleAsync(d => db.Notifications.Any(n => n.Id == d.NotificationId && n.EntityId == detainer.ToString()), Ct));
        Assert.NotNull(delivery.Job!.DeadLetteredAtUtc);
        Assert.Null(delivery.DeliveredAtUtc);
        Assert.Contains("500", delivery.Job.LastError);

        var admin = await AddKeyAsync(app.Services, app.World.OfficeId, Roles.Administrator);
        var client = app.ClientWithKey(admin);
        var page = await client.GetStringAsync("/Webhooks/DeadLetters", Ct);
        Assert.Contains(WebUtility.HtmlEncode(delivery.Job.LastError!), page);
        Assert.Contains(delivery.Id.ToString(), page);

        _receiver.Statuses["/failing"] = 204;
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        var retry = await client.PostAsync($"/Webhooks/DeadLetters?handler=Retry&id={delivery.Id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);
        Assert.True(retry.IsSuccessStatusCode || retry.StatusCode == HttpStatusCode.Redirect, $"retry answered {retry.StatusCode}");
        Assert.DoesNotContain(delivery.Id.ToString(), await client.GetStringAsync("/Webhooks/DeadLetters", Ct));

        await DrainAsync(app.Services, _clock);
        var delivered = await WithDbAsync(app.Services, db => db.WebhookDeliveries.AsNoTracking().SingleAsync(d => d.Id == delivery.Id, Ct));
        Assert.NotNull(delivered.DeliveredAtUtc);
        Assert.Equal(204, delivered.StatusCode);
    }

    [Fact]
    public async Task The_dead_letter_page_is_for_administrators_only()
    {
        app.SkipIfUnavailable();
        var supervisor = await AddKeyAsync(app.Services, app.World.AgencyAId, Roles.AgencySupervisor);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientWithKey(supervisor).GetAsync("/Webhooks/DeadLetters", Ct)).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

public sealed class SqliteWebhookDeliveryTests(SqliteDeliveryFactory app) : WebhookDeliveryTests(app), IClassFixture<SqliteDeliveryFactory>;
public sealed class PostgresWebhookDeliveryTests(PostgresDeliveryFactory app) : WebhookDeliveryTests(app), IClassFixture<PostgresDeliveryFactory>;
