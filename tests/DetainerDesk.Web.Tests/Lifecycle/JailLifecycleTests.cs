using System.Net;
using System.Text.Json.Nodes;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Tests.Lifecycle;

/// <summary>Whole lives of a detainer through the jail API, as the agency's system and ICE's tools drive them.</summary>
public abstract class JailLifecycleTests(DeskFactory app) : JailApiSteps(app)
{
    [Fact]
    public async Task Honoured_in_Texas_the_release_date_and_notice_reach_ICE_then_the_hold_ends_in_transfer_and_the_record_is_closed()
    {
        Factory.SkipIfUnavailable();
        var clerk = Factory.World.ClerkTexasKey;
        var id = await LodgeAndAcknowledgeAsync(Factory.World.FacilityTexasId, clerk);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(clerk, id, "decision", new { response = "HonourHold" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(clerk, id, "service")).Status);

        var release = new DateTimeOffset(DateTime.SpecifyKind(DateTime.UtcNow.Date.AddDays(3).AddHours(17), DateTimeKind.Unspecified), TimeSpan.FromHours(-6));
        var set = await PostAsync(clerk, $"/api/v1/detainers/{id}/release-date", ReleaseAt(release));
        Assert.Equal(HttpStatusCode.OK, set.Status);
        Assert.Equal("ReleaseDateKnown", (string?)set.Body["status"]);
        var moved = await PostAsync(clerk, $"/api/v1/detainers/{id}/release-date", ReleaseAt(release.AddDays(1)));
        Assert.Equal(HttpStatusCode.OK, moved.Status);
        await RunDueJobsAsync();
        var officerInbox = await InboxAsync(Factory.World.OfficerKey, id);
        Assert.Contains(officerInbox, n => (string?)n["title"] == "Release date set");
        var changed = Assert.Single(officerInbox, n => (string?)n["title"] == "Release date changed");
        Assert.Contains($"{release.AddDays(1).UtcDateTime:yyyy-MM-dd HH:mm} UTC", (string?)changed["body"]);

        var (notified, notice) = await StepAsync(clerk, id, "notification", new { reference = "JMS release notice 77" });
        Assert.Equal(HttpStatusCode.OK, notified);
        Assert.Equal("NotificationSent", (string?)notice["status"]);
        Assert.Contains("Release notice from the holding agency", await InboxTitlesAsync(Factory.World.OfficerKey, id));

        Assert.Equal(HttpStatusCode.OK, (await StepAsync(clerk, id, "release-eligible", new { trigger = "SentenceServed" })).Status);
        Assert.Equal("HoldActive", (string?)(await StepAsync(clerk, id, "hold")).Body["status"]);
        Assert.Equal("TransferredToIce", (string?)(await StepAsync(clerk, id, "transfer", new { reference = "I-203 order to detain" })).Body["status"]);
        var (closed, body) = await StepAsync(Factory.World.OfficerKey, id, "close");
        Assert.Equal(HttpStatusCode.OK, closed);
        Assert.Equal("Closed", (string?)body["status"]);
    }

    [Fact]
    public async Task Declined_in_Washington_ICE_hears_nothing_of_the_release_and_the_person_is_released_on_recorded_evidence()
    {
        Factory.SkipIfUnavailable();
        var clerk = Factory.World.ClerkAKey;
        var id = await LodgeAndAcknowledgeAsync(Factory.World.FacilityAId, clerk);
        var (refused, problem) = await StepAsync(clerk, id, "decision", new { response = "HonourHold" });
        Assert.Equal(HttpStatusCode.Conflict, refused);
        Assert.Equal("forbidden-by-law", (string?)problem["code"]);
        var (_, decision) = await StepAsync(clerk, id, "decision", new { response = "Decline" });
        var citation = (string)decision["decisionCitation"]!;
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(clerk, id, "service")).Status);

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(clerk, $"/api/v1/detainers/{id}/release-date", ReleaseAt(DateTimeOffset.UtcNow.AddDays(2)))).Status);
        await RunDueJobsAsync();
        Assert.DoesNotContain("Release date set", await InboxTitlesAsync(Factory.World.OfficerKey, id));

        var (forbidden, why) = await StepAsync(clerk, id, "notification");
        Assert.Equal(HttpStatusCode.Conflict, forbidden);
        Assert.Equal("notification-not-allowed", (string?)why["code"]);
        Assert.Contains(citation, (string?)why["detail"]);
        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(clerk, id, "close")).Status);

        var (released, body) = await StepAsync(clerk, id, "release-declined", new { source = "jail release log", reference = "RL-2026-118" });
        Assert.Equal(HttpStatusCode.OK, released);
        Assert.Equal("ReleasedDeclined", (string?)body["status"]);
        Assert.Equal("Closed", (string?)(await StepAsync(clerk, id, "close")).Body["status"]);
        Assert.DoesNotContain("Release notice from the holding agency", await InboxTitlesAsync(Factory.World.OfficerKey, id));
    }

    [Fact]
    public async Task A_judicial_warrant_lets_the_agency_tell_ICE_despite_the_decline_and_the_basis_is_on_the_timeline()
    {
        Factory.SkipIfUnavailable();
        var (id, _) = await DeclinedInWashingtonAsync();
        var withoutDocument = await PostAsync(Factory.World.ClerkAKey, $"/api/v1/detainers/{id}/notification", new JsonObject { ["legalBasis"] = "judicial warrant received" });
        Assert.Equal(HttpStatusCode.Conflict, withoutDocument.Status);
        Assert.Equal("legal-basis-evidence-required", (string?)withoutDocument.Body["code"]);

        var sent = await PostAsync(Factory.World.ClerkAKey, $"/api/v1/detainers/{id}/notification",
            new JsonObject { ["legalBasis"] = "judicial warrant received", ["source"] = "King County Superior Court warrant 26-1-04211" });
        Assert.Equal(HttpStatusCode.OK, sent.Status);
        Assert.Equal("NotificationSent", (string?)sent.Body["status"]);
        var notice = Assert.Single(await InboxAsync(Factory.World.OfficerKey, id), n => (string?)n["title"] == "Release notice from the holding agency");
        Assert.Contains("judicial warrant received", (string?)notice["body"]);

        var detainerId = Guid.Parse(id);
        var step = await InDatabaseAsync(db => db.DetainerEvents.Where(e => e.DetainerId == detainerId && e.Action == DetainerAction.SendNotification).SingleAsync(Ct));
        Assert.Contains("legal basis: judicial warrant received", step.Reason);
        Assert.Equal("King County Superior Court warrant 26-1-04211", step.EvidenceSource);
        Assert.Equal("Legal basis: judicial warrant received", step.EvidenceNote);
    }

    [Fact]
    public async Task A_step_on_a_version_someone_else_changed_gets_409_and_changes_nothing()
    {
        Factory.SkipIfUnavailable();
        var clerk = Factory.World.ClerkTexasKey;
        var id = await LodgeAndAcknowledgeAsync(Factory.World.FacilityTexasId, clerk);
        var seen = (await Factory.ClientWithKey(clerk).GetAsync($"/api/v1/detainers/{id}", Ct)).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(clerk, $"/api/v1/detainers/{id}/decision", new JsonObject { ["response"] = "HonourHold" }, ifMatch: seen)).Status);

        var stale = await PostAsync(clerk, $"/api/v1/detainers/{id}/release-declined", new JsonObject { ["source"] = "jail release log" }, ifMatch: seen);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Equal("version-stale", (string?)stale.Body["code"]);
        Assert.Equal("The detainer has changed.", (string?)stale.Body["title"]);
        Assert.Equal("PolicyEvaluated", await StatusOfAsync(clerk, id));

        // Two clerks act on the same version at the same moment: one wins, the other is told, nothing is half-done.
        var current = (await Factory.ClientWithKey(clerk).GetAsync($"/api/v1/detainers/{id}", Ct)).Headers.ETag!.Tag;
        var answers = await Task.WhenAll(
            PostAsync(clerk, $"/api/v1/detainers/{id}/service", new JsonObject(), ifMatch: current),
            PostAsync(clerk, $"/api/v1/detainers/{id}/release-declined", new JsonObject { ["source"] = "jail release log" }, ifMatch: current));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.Status).Order());
        var winner = answers.Single(a => a.Status == HttpStatusCode.OK);
        Assert.Equal((string?)winner.Body["status"], await StatusOfAsync(clerk, id));
        var detainerId = Guid.Parse(id);
        Assert.Equal(3, await InDatabaseAsync(db => db.DetainerEvents.CountAsync(e => e.DetainerId == detainerId, Ct)));
    }

    [Fact]
    public async Task Only_the_issuing_office_voids_and_the_holding_agency_is_told()
    {
        Factory.SkipIfUnavailable();
        var (id, _) = await DeclinedInWashingtonAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(Factory.World.ClerkAKey, $"/api/v1/detainers/{id}/void", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(Factory.World.OtherOfficeOfficerKey, $"/api/v1/detainers/{id}/void", null)).Status);

        var voided = await PostAsync(Factory.World.OfficerKey, $"/api/v1/detainers/{id}/void", new JsonObject { ["reason"] = "Rescinded under the settlement", ["reference"] = "Order 20-cv-0001" });
        Assert.Equal(HttpStatusCode.OK, voided.Status);
        Assert.Equal("Voided", (string?)voided.Body["status"]);
        Assert.Contains("Detainer voided", await InboxTitlesAsync(Factory.World.ClerkAKey, id));
    }
}

/// <summary>The ways a running hold ends; each class has its own database because the hold clock runs every due job.</summary>
public abstract class HoldEndingTests(DeskFactory app) : JailApiSteps(app)
{
    private async Task<DateTime> HoldEndAsync(string id) =>
        (DateTime)(await GetAsync(Factory.World.ClerkTexasKey, $"/api/v1/detainers/{id}")).Body!["holdEndsAt"]!;

    [Fact]
    public async Task ICE_does_not_come_and_at_48_hours_the_expiry_is_recorded_and_the_agency_told_to_release()
    {
        Factory.SkipIfUnavailable();
        var id = await HoldInTexasAsync();
        var end = await HoldEndAsync(id);
        var eligible = (DateTime)(await GetAsync(Factory.World.ClerkTexasKey, $"/api/v1/detainers/{id}")).Body!["eligibleForReleaseAt"]!;
        Assert.Equal(eligible.AddHours(48), end, TimeSpan.FromSeconds(1));

        await RunJobsAtAsync(end.AddMinutes(-1));
        Assert.Equal("HoldActive", await StatusOfAsync(Factory.World.ClerkTexasKey, id));
        Assert.Contains("Hold ends in 1 h", await InboxTitlesAsync(Factory.World.ClerkTexasKey, id));

        await RunJobsAtAsync(end.AddSeconds(1));
        Assert.Equal("ReleasedIceNoShow", await StatusOfAsync(Factory.World.ClerkTexasKey, id));
        Assert.Contains("Hold limit reached: release the person now", await InboxTitlesAsync(Factory.World.ClerkTexasKey, id));
        Assert.Contains("Hold expired without pick-up", await InboxTitlesAsync(Factory.World.OfficerKey, id));
        var (late, problem) = await StepAsync(Factory.World.ClerkTexasKey, id, "transfer");
        Assert.Equal(HttpStatusCode.Conflict, late);
        Assert.Equal("detainer-ended", (string?)problem["code"]);
    }

    [Fact]
    public async Task Lifted_while_holding_the_hold_ends_at_once_the_agency_is_told_and_the_clock_no_longer_fires()
    {
        Factory.SkipIfUnavailable();
        var id = await HoldInTexasAsync();
        var end = await HoldEndAsync(id);
        var (lifted, body) = await StepAsync(Factory.World.OfficerKey, id, "lift", new { reason = "Wrong person: fingerprints do not match" });
        Assert.Equal(HttpStatusCode.OK, lifted);
        Assert.Equal("Lifted", (string?)body["status"]);
        var notice = Assert.Single(await InboxAsync(Factory.World.ClerkTexasKey, id), n => (string?)n["title"] == "Detainer lifted: end the hold now");
        Assert.Contains("Wrong person", (string?)notice["body"]);
        var detainerId = Guid.Parse(id);
        Assert.NotNull(await InDatabaseAsync(db => db.Detainers.Where(d => d.Id == detainerId).Select(d => d.HoldEndedAtUtc).SingleAsync(Ct)));

        await RunJobsAtAsync(end.AddMinutes(1));
        Assert.Equal("Lifted", await StatusOfAsync(Factory.World.ClerkTexasKey, id));
        Assert.DoesNotContain("Hold limit reached: release the person now", await InboxTitlesAsync(Factory.World.ClerkTexasKey, id));
    }

    [Fact]
    public async Task A_citizenship_claim_while_holding_ends_the_hold_tells_both_sides_and_blocks_closing_until_resolved()
    {
        Factory.SkipIfUnavailable();
        var id = await HoldInTexasAsync();
        var end = await HoldEndAsync(id);
        var (raised, body) = await StepAsync(Factory.World.ClerkTexasKey, id, "claims", new { kind = "Citizenship", source = "subject at intake", reference = "birth certificate copy" });
        Assert.Equal(HttpStatusCode.OK, raised);
        Assert.Equal("ReleasedDeclined", (string?)body["status"]);
        Assert.Contains("Citizenship claim raised: holds are blocked", await InboxTitlesAsync(Factory.World.ClerkTexasKey, id));
        Assert.Contains("Citizenship claim raised: holds are blocked", await InboxTitlesAsync(Factory.World.OfficerKey, id));

        await RunJobsAtAsync(end.AddMinutes(1));
        Assert.Equal("ReleasedDeclined", await StatusOfAsync(Factory.World.ClerkTexasKey, id));
        var (open, problem) = await StepAsync(Factory.World.OfficerKey, id, "close");
        Assert.Equal(HttpStatusCode.Conflict, open);
        Assert.Equal("claim-open", (string?)problem["code"]);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(Factory.World.OfficerKey, id, "claims/resolve", new { resolution = "Upheld", reason = "Birth certificate verified" })).Status);
        Assert.Equal("Closed", (string?)(await StepAsync(Factory.World.OfficerKey, id, "close")).Body["status"]);
    }
}

public sealed class SqliteJailLifecycleTests(SqliteDeskFactory app) : JailLifecycleTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresJailLifecycleTests(PostgresDeskFactory app) : JailLifecycleTests(app), IClassFixture<PostgresDeskFactory>;
public sealed class SqliteHoldEndingTests(SqliteDeskFactory app) : HoldEndingTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresHoldEndingTests(PostgresDeskFactory app) : HoldEndingTests(app), IClassFixture<PostgresDeskFactory>;
