using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DetainerDesk.Web.Tests.Detainers;
using DetainerDesk.Data.Jobs;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DetainerDesk.Web.Tests.Lifecycle;

/// <summary>The steps after receipt through the API, held to the law of the facility's jurisdiction.</summary>
/// <summary>Steps shared by the lifecycle test classes (no tests of its own).</summary>
public abstract class LifecycleSteps(DeskFactory app)
{
    protected DeskFactory Factory => app;

    protected async Task RunJobsAtAsync(DateTime utc)
    {
        var runner = new JobRunner(app.Services.GetRequiredService<IServiceScopeFactory>(), new FakeTimeProvider(new DateTimeOffset(utc, TimeSpan.Zero)), NullLogger<JobRunner>.Instance);
        while (await runner.RunDueOnceAsync("hold-clock-test", 50, Ct) > 0) { }
    }

    protected async Task<List<JsonNode>> InboxAsync(string key, string detainerId) =>
        [.. (await app.ClientWithKey(key).GetFromJsonAsync<JsonObject>("/api/v1/notifications?take=200", Ct))!["items"]!.AsArray()
            .Where(n => (string?)n!["entityId"] == detainerId).Select(n => n!)];

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected async Task<string> LodgeAndAcknowledgeAsync(Guid facility, string clerkKey)
    {
        var lodged = await app.ClientWithKey(app.World.OfficerKey).PostAsJsonAsync("/api/v1/detainers", LodgeRequests.Valid(facility), Ct);
        Assert.Equal(HttpStatusCode.Created, lodged.StatusCode);
        var id = (string)(await lodged.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await app.ClientWithKey(clerkKey).PostAsync($"/api/v1/detainers/{id}/acknowledge", null, Ct)).StatusCode);
        return id;
    }

    protected async Task<(HttpStatusCode Status, JsonObject Body)> StepAsync(string key, string id, string step, object? body = null)
    {
        var response = await app.ClientWithKey(key).PostAsJsonAsync($"/api/v1/detainers/{id}/{step}", body ?? new { }, Ct);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!);
    }

    protected async Task<string> HoldInTexasAsync()
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

}

public abstract class LifecycleApiTests(DeskFactory app) : LifecycleSteps(app)
{
    [Fact]
    public async Task Honoured_in_Texas_held_at_most_48_hours_and_transferred()
    {
        Factory.SkipIfUnavailable();
        var id = await HoldInTexasAsync();
        var (status, body) = await StepAsync(Factory.World.ClerkTexasKey, id, "transfer", new { reference = "ICE officer badge 123" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("TransferredToIce", (string?)body["status"]);
    }

    [Fact]
    public async Task In_Washington_a_hold_is_refused_with_the_citation_and_a_decline_is_recorded()
    {
        Factory.SkipIfUnavailable();
        var id = await LodgeAndAcknowledgeAsync(Factory.World.FacilityAId, Factory.World.ClerkAKey);
        var (refused, problem) = await StepAsync(Factory.World.ClerkAKey, id, "decision", new { response = "HonourHold" });
        Assert.Equal(HttpStatusCode.Conflict, refused);
        Assert.Equal("forbidden-by-law", (string?)problem["code"]);
        Assert.Contains("forbids a hold", (string?)problem["detail"]);

        var (declined, body) = await StepAsync(Factory.World.ClerkAKey, id, "decision", new { response = "Decline" });
        Assert.Equal(HttpStatusCode.OK, declined);
        Assert.Equal("PolicyEvaluated", (string?)body["status"]);
    }

    [Fact]
    public async Task Nothing_takes_effect_before_service_and_unknown_is_not_declined()
    {
        Factory.SkipIfUnavailable();
        var id = await LodgeAndAcknowledgeAsync(Factory.World.FacilityTexasId, Factory.World.ClerkTexasKey);
        var key = Factory.World.ClerkTexasKey;
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
        Factory.SkipIfUnavailable();
        var id = await HoldInTexasAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await StepAsync(Factory.World.ClerkBKey, id, "transfer")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Factory.ClientWithKey(Factory.World.ClerkTexasKey).PostAsJsonAsync($"/api/v1/detainers/{id}/lift", new { }, Ct)).StatusCode);

        var (lifted, body) = await StepAsync(Factory.World.OfficerKey, id, "lift", new { reason = "Subject's citizenship confirmed" });
        Assert.Equal(HttpStatusCode.OK, lifted);
        Assert.Equal("Lifted", (string?)body["status"]);
    }
}

public abstract class ClaimTests(DeskFactory app) : LifecycleSteps(app)
{
    [Fact]
    public async Task A_citizenship_claim_during_a_hold_releases_the_person_at_once_and_blocks_holds_until_resolved()
    {
        Factory.SkipIfUnavailable();
        var id = await HoldInTexasAsync();
        var (missingSource, _) = await StepAsync(Factory.World.ClerkTexasKey, id, "claims", new { kind = "Citizenship", source = "" });
        Assert.Equal(HttpStatusCode.Conflict, missingSource);

        var (raised, body) = await StepAsync(Factory.World.ClerkTexasKey, id, "claims", new { kind = "Citizenship", source = "subject's attorney", reference = "letter 2026-11-29" });
        Assert.Equal(HttpStatusCode.OK, raised);
        Assert.Equal("ReleasedDeclined", (string?)body["status"]);
        Assert.Contains(await InboxAsync(Factory.World.OfficerKey, id), n => (string?)n["title"] == "Citizenship claim raised: holds are blocked");

        Assert.Equal(HttpStatusCode.Forbidden, (await Factory.ClientWithKey(Factory.World.ClerkTexasKey)
            .PostAsJsonAsync($"/api/v1/detainers/{id}/claims/resolve", new { resolution = "Rejected", reason = "x" }, Ct)).StatusCode);
        var (resolved, _) = await StepAsync(Factory.World.OfficerKey, id, "claims/resolve", new { resolution = "Upheld", reason = "Birth certificate verified" });
        Assert.Equal(HttpStatusCode.OK, resolved);
    }

    [Fact]
    public async Task While_a_claim_is_open_no_hold_can_start()
    {
        Factory.SkipIfUnavailable();
        var id = await LodgeAndAcknowledgeAsync(Factory.World.FacilityTexasId, Factory.World.ClerkTexasKey);
        var key = Factory.World.ClerkTexasKey;
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id, "decision", new { response = "HonourHold" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id, "service")).Status);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id, "claims", new { kind = "CrimeVictim", source = "victim advocate" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id, "release-eligible", new { trigger = "SentenceServed" })).Status);
        var (held, problem) = await StepAsync(key, id, "hold");
        Assert.Equal(HttpStatusCode.Conflict, held);
        Assert.Contains("claim", (string?)problem["detail"], StringComparison.OrdinalIgnoreCase);
    }
}

public abstract class HoldClockJobTests(DeskFactory app) : LifecycleSteps(app)
{
    [Fact]
    public async Task Running_holds_are_listed_for_the_holding_agency_and_the_issuing_office_soonest_end_first()
    {
        Factory.SkipIfUnavailable();
        var id = Guid.Parse(await HoldInTexasAsync());
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DetainerDesk.Data.Persistence.AppDbContext>();
        var texas = await db.Facilities.Where(f => f.Id == Factory.World.FacilityTexasId).Select(f => f.AgencyId).SingleAsync(Ct);
        var clerk = new DetainerDesk.Web.Infrastructure.Caller("clerk", texas, DetainerDesk.Domain.Organisations.OrganisationKind.LocalAgency, "AgencyClerk", "clerk");
        var office = new DetainerDesk.Web.Infrastructure.Caller("officer", Factory.World.OfficeId, DetainerDesk.Domain.Organisations.OrganisationKind.FieldOffice, "IceOfficer", "officer");
        var other = new DetainerDesk.Web.Infrastructure.Caller("clerk-b", Factory.World.AgencyBId, DetainerDesk.Domain.Organisations.OrganisationKind.LocalAgency, "AgencyClerk", "clerk-b");

        var holds = await DetainerDesk.Web.Features.Detainers.RunningHoldsQuery.ForAsync(db, clerk, 50, Ct);
        Assert.Contains(holds, h => h.Id == id);
        Assert.Equal(holds.OrderBy(h => h.EndsAtUtc).Select(h => h.Id), holds.Select(h => h.Id));
        Assert.Contains(await DetainerDesk.Web.Features.Detainers.RunningHoldsQuery.ForAsync(db, office, 50, Ct), h => h.Id == id);
        Assert.DoesNotContain(await DetainerDesk.Web.Features.Detainers.RunningHoldsQuery.ForAsync(db, other, 50, Ct), h => h.Id == id);
        var end = holds.Single(h => h.Id == id).EndsAtUtc;
        Assert.Equal("limit passed: release now", DetainerDesk.Web.Features.Detainers.RunningHoldsQuery.TimeLeft(end, end.AddSeconds(1)));
        Assert.Equal("2 h 30 min left", DetainerDesk.Web.Features.Detainers.RunningHoldsQuery.TimeLeft(end, end.AddMinutes(-150)));
    }

    [Fact]
    public async Task The_hold_clock_warns_before_the_end_and_at_the_limit_records_the_expiry_and_tells_the_agency()
    {
        Factory.SkipIfUnavailable();
        var id = await HoldInTexasAsync();
        var end = (DateTime)(await Factory.ClientWithKey(Factory.World.ClerkTexasKey).GetFromJsonAsync<JsonObject>($"/api/v1/detainers/{id}", Ct))!["holdEndsAt"]!;

        await RunJobsAtAsync(end.AddHours(-20));
        var inbox = await InboxAsync(Factory.World.ClerkTexasKey, id);
        Assert.Contains(inbox, n => (string?)n["title"] == "Hold ends in 24 h");
        Assert.DoesNotContain(inbox, n => (string?)n["title"] == "Hold ends in 4 h");
        Assert.Equal("HoldActive", (string?)(await Factory.ClientWithKey(Factory.World.ClerkTexasKey).GetFromJsonAsync<JsonObject>($"/api/v1/detainers/{id}", Ct))!["status"]);

        await RunJobsAtAsync(end.AddMinutes(1));
        var after = await Factory.ClientWithKey(Factory.World.ClerkTexasKey).GetFromJsonAsync<JsonObject>($"/api/v1/detainers/{id}", Ct);
        Assert.Equal("ReleasedIceNoShow", (string?)after!["status"]);
        inbox = await InboxAsync(Factory.World.ClerkTexasKey, id);
        Assert.Contains(inbox, n => (string?)n["title"] == "Hold limit reached: release the person now");
        Assert.Contains(inbox, n => (string?)n["title"] == "Hold ends in 1 h");
        Assert.Contains(await InboxAsync(Factory.World.OfficerKey, id), n => (string?)n["title"] == "Hold expired without pick-up");
    }
}

public sealed class SqliteLifecycleApiTests(SqliteDeskFactory app) : LifecycleApiTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresLifecycleApiTests(PostgresDeskFactory app) : LifecycleApiTests(app), IClassFixture<PostgresDeskFactory>;
public sealed class SqliteHoldClockJobTests(SqliteDeskFactory app) : HoldClockJobTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresHoldClockJobTests(PostgresDeskFactory app) : HoldClockJobTests(app), IClassFixture<PostgresDeskFactory>;
public sealed class SqliteClaimTests(SqliteDeskFactory app) : ClaimTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresClaimTests(PostgresDeskFactory app) : ClaimTests(app), IClassFixture<PostgresDeskFactory>;
