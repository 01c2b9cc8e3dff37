using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DetainerDesk.Web.Tests.Detainers;
using DetainerDesk.Web.Tests.Infrastructure;

namespace DetainerDesk.Web.Tests.Lifecycle;

/// <summary>The steps after receipt through the API, held to the law of the facility's jurisdiction.</summary>
public abstract class LifecycleApiTests(DeskFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> LodgeAndAcknowledgeAsync(Guid facility, string clerkKey)
    {
        var lodged = await app.ClientWithKey(app.World.OfficerKey).PostAsJsonAsync("/api/v1/detainers", LodgeRequests.Valid(facility), Ct);
        Assert.Equal(HttpStatusCode.Created, lodged.StatusCode);
        var id = (string)(await lodged.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await app.ClientWithKey(clerkKey).PostAsync($"/api/v1/detainers/{id}/acknowledge", null, Ct)).StatusCode);
        return id;
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> StepAsync(string key, string id, string step, object? body = null)
    {
        var response = await app.ClientWithKey(key).PostAsJsonAsync($"/api/v1/detainers/{id}/{step}", body ?? new { }, Ct);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!);
    }

    private async Task<string> HoldInTexasAsync()
    {
        var id = await LodgeAndAcknowledgeAsync(app.World.FacilityTexasId, app.World.ClerkTexasKey);
        var key = app.World.ClerkTexasKey;
        var (decided, decision) = await StepAsync(key, id, "decision", new { response = "HonourHold" });
        Assert.Equal(HttpStatusCode.OK, decided);
        Assert.Contains("2.251", (string?)decision["decisionCitation"]);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id, "service", new { reference = "served in person" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id, "release-eligible", new { trigger = "BondPostedOrOwnRecognizance" })).Status);
        var (held, hold) = await StepAsync(key, id, "hold");
        Assert.Equal(HttpStatusCode.OK, held);
        Assert.Equal("HoldActive", (string?)hold["status"]);
        var eligible = (DateTime)hold["eligibleForReleaseAt"]!;
        Assert.Equal(eligible.AddHours(48), (DateTime)hold["holdEndsAt"]!, TimeSpan.FromSeconds(1));
        return id;
    }

    [Fact]
    public async Task Honoured_in_Texas_held_at_most_48_hours_and_transferred()
    {
        app.SkipIfUnavailable();
        var id = await HoldInTexasAsync();
        var (status, body) = await StepAsync(app.World.ClerkTexasKey, id, "transfer", new { reference = "ICE officer badge 123" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("TransferredToIce", (string?)body["status"]);
    }

    [Fact]
    public async Task In_Washington_a_hold_is_refused_with_the_citation_and_a_decline_is_recorded()
    {
        app.SkipIfUnavailable();
        var id = await LodgeAndAcknowledgeAsync(app.World.FacilityAId, app.World.ClerkAKey);
        var (refused, problem) = await StepAsync(app.World.ClerkAKey, id, "decision", new { response = "HonourHold" });
        Assert.Equal(HttpStatusCode.Conflict, refused);
        Assert.Equal("forbidden-by-law", (string?)problem["code"]);
        Assert.Contains("forbids a hold", (string?)problem["detail"]);

        var (declined, body) = await StepAsync(app.World.ClerkAKey, id, "decision", new { response = "Decline" });
        Assert.Equal(HttpStatusCode.OK, declined);
        Assert.Equal("PolicyEvaluated", (string?)body["status"]);
    }

    [Fact]
    public async Task Nothing_takes_effect_before_service_and_unknown_is_not_declined()
    {
        app.SkipIfUnavailable();
        var id = await LodgeAndAcknowledgeAsync(app.World.FacilityTexasId, app.World.ClerkTexasKey);
        var key = app.World.ClerkTexasKey;
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id, "decision", new { response = "HonourHold" })).Status);
        var (early, problem) = await StepAsync(key, id, "release-eligible", new { trigger = "SentenceServed" });
        Assert.Equal(HttpStatusCode.Conflict, early);
        Assert.Equal("not-served", (string?)problem["code"]);

        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(key, id, "release-declined", new { source = "unknown" })).Status);
        var (released, body) = await StepAsync(key, id, "release-declined", new { source = "jail release log", reference = "RL-77" });
        Assert.Equal(HttpStatusCode.OK, released);
        Assert.Equal("ReleasedDeclined", (string?)body["status"]);
    }

    [Fact]
    public async Task The_issuing_office_lifts_a_running_hold_and_no_other_agency_can_touch_it()
    {
        app.SkipIfUnavailable();
        var id = await HoldInTexasAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await StepAsync(app.World.ClerkBKey, id, "transfer")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientWithKey(app.World.ClerkTexasKey).PostAsJsonAsync($"/api/v1/detainers/{id}/lift", new { }, Ct)).StatusCode);

        var (lifted, body) = await StepAsync(app.World.OfficerKey, id, "lift", new { reason = "Subject's citizenship confirmed" });
        Assert.Equal(HttpStatusCode.OK, lifted);
        Assert.Equal("Lifted", (string?)body["status"]);
    }
}

public sealed class SqliteLifecycleApiTests(SqliteDeskFactory app) : LifecycleApiTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresLifecycleApiTests(PostgresDeskFactory app) : LifecycleApiTests(app), IClassFixture<PostgresDeskFactory>;
