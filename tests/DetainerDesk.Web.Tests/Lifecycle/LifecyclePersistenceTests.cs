using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;
using DetainerDesk.Web.Tests.Detainers;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.Lifecycle;

/// <summary>The lifecycle state and its timeline survive a round trip through the database, and two writers never both win.</summary>
public abstract class LifecyclePersistenceTests(DeskFactory app)
{
    private static readonly PolicyAnswer TransferAllowed = new(PolicyQuestion.TransferToIce, PolicyVerdict.Allowed, null, "fed-287.7-transfer", "8 CFR 287.7(a), (d)", [], [], []);

    private static TransitionInput At(DateTime utc, string reason) => new("clerk-test", utc, reason, new TransitionEvidence("jail management system", "JMS-1"));

    private async Task<Guid> LodgeAndAcknowledgeAsync()
    {
        var lodged = await app.ClientWithKey(app.World.OfficerKey)
            .PostAsJsonAsync("/api/v1/detainers", LodgeRequests.Valid(app.World.FacilityAId), TestContext.Current.CancellationToken);
        var id = (string)(await lodged.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["id"]!;
        (await app.ClientWithKey(app.World.ClerkAKey).PostAsync($"/api/v1/detainers/{id}/acknowledge", null, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        return Guid.Parse(id);
    }

    private async Task<T> InScopeAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Fact]
    public async Task A_running_hold_and_its_timeline_are_stored_and_the_limit_still_holds_after_reloading()
    {
        app.SkipIfUnavailable();
        var id = await LodgeAndAcknowledgeAsync();
        var start = DateTime.UtcNow.AddMinutes(5);

        await InScopeAsync(async db =>
        {
            var d = await db.Detainers.SingleAsync(x => x.Id == id, TestContext.Current.CancellationToken);
            Assert.Null(d.RecordDecision(new AgencyDecision(AgencyResponse.HonourHold, "test-rule", "Test Code §1"), At(start, "policy evaluated")));
            Assert.Null(d.RecordService(At(start.AddMinutes(1), "copy given in person")));
            Assert.Null(d.RecordReleaseEligible(ReleaseTrigger.BondPostedOrOwnRecognizance, start.AddMinutes(2), At(start.AddMinutes(2), "bond posted")));
            Assert.Null(d.StartHold(HoldLimit.Default("America/Los_Angeles"), At(start.AddMinutes(3), "holding on the detainer")));
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var reloaded = await InScopeAsync(db => db.Detainers.AsNoTracking().SingleAsync(x => x.Id == id, TestContext.Current.CancellationToken));
        Assert.Equal(DetainerStatus.HoldActive, reloaded.Status);
        Assert.Equal(start.AddMinutes(2).AddHours(48), reloaded.HoldEndsAtUtc!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Equal("Test Code §1", reloaded.Decision?.Citation);
        var timeline = await InScopeAsync(db => db.DetainerEvents.Where(e => e.DetainerId == id).OrderBy(e => e.Version).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal([DetainerAction.Acknowledge, DetainerAction.RecordDecision, DetainerAction.RecordService, DetainerAction.RecordReleaseEligible, DetainerAction.StartHold],
            timeline.Select(e => e.Action));
        Assert.Equal(reloaded.Version, timeline[^1].Version);

        await InScopeAsync(async db =>
        {
            var d = await db.Detainers.SingleAsync(x => x.Id == id, TestContext.Current.CancellationToken);
            // After a reload the timeline still only moves forward, and past the limit only the end of the hold is accepted.
            Assert.Equal("time-before-last-event", d.Lift(At(start, "too early"))?.Code);
            Assert.Equal("hold-limit-passed", d.RecordTransferToIce(At(start.AddHours(51), "late pick-up"), TransferAllowed)?.Code);
            Assert.Null(d.RecordHoldExpiry(At(start.AddHours(51), "limit reached")));
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        Assert.Equal(DetainerStatus.ReleasedIceNoShow, (await InScopeAsync(db => db.Detainers.AsNoTracking().SingleAsync(x => x.Id == id, TestContext.Current.CancellationToken))).Status);
    }

    [Fact]
    public async Task Two_people_acting_at_once_one_wins_and_the_other_leaves_nothing_half_done()
    {
        app.SkipIfUnavailable();
        var id = await LodgeAndAcknowledgeAsync();
        var now = DateTime.UtcNow.AddMinutes(5);
        using var first = app.Services.CreateScope();
        using var second = app.Services.CreateScope();
        var db1 = first.ServiceProvider.GetRequiredService<AppDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<AppDbContext>();
        var d1 = await db1.Detainers.SingleAsync(x => x.Id == id, TestContext.Current.CancellationToken);
        var d2 = await db2.Detainers.SingleAsync(x => x.Id == id, TestContext.Current.CancellationToken);

        Assert.Null(d1.Lift(At(now, "lifted by the issuing office")));
        Assert.Null(d2.RecordDecision(new AgencyDecision(AgencyResponse.Decline, "r", "c"), At(now, "declined")));
        await db1.SaveChangesAsync(TestContext.Current.CancellationToken);
        // The loser trips either the version check or the timeline's unique (detainer, version) key, whichever the
        // database meets first; both are conflicts (HTTP 409) and the whole save is rolled back.
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => db2.SaveChangesAsync(TestContext.Current.CancellationToken));

        var stored = await InScopeAsync(db => db.Detainers.AsNoTracking().SingleAsync(x => x.Id == id, TestContext.Current.CancellationToken));
        Assert.Equal(DetainerStatus.Lifted, stored.Status);
        Assert.Null(stored.Decision);
        Assert.DoesNotContain(await InScopeAsync(db => db.DetainerEvents.Where(e => e.DetainerId == id).Select(e => e.Action).ToListAsync(TestContext.Current.CancellationToken)),
            a => a == DetainerAction.RecordDecision);
    }
}

public sealed class SqliteLifecyclePersistenceTests(SqliteDeskFactory app) : LifecyclePersistenceTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresLifecyclePersistenceTests(PostgresDeskFactory app) : LifecyclePersistenceTests(app), IClassFixture<PostgresDeskFactory>;
