using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Features.Detainers;
using DetainerDesk.Web.Tests.Detainers;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DetainerDesk.Web.Tests.Jobs;

/// <summary>The durable outbox: work is saved with the change, runs once, survives a dead node, and is retried then dead-lettered.</summary>
public abstract class OutboxTests(DeskFactory app)
{
    // A minute ahead of the app's real clock, so that what the app queued "now" is due for these runners.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow.AddMinutes(1));

    private JobRunner Runner() => new(app.Services.GetRequiredService<IServiceScopeFactory>(), _clock, NullLogger<JobRunner>.Instance);

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private async Task<Guid> LodgeAsync()
    {
        var response = await app.ClientWithKey(app.World.OfficerKey)
            .PostAsJsonAsync("/api/v1/detainers", LodgeRequests.Valid(app.World.FacilityAId), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return Guid.Parse((string)(await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["id"]!);
    }

    private Task<int> NotificationsForAsync(Guid detainerId) =>
        WithDbAsync(db => db.Notifications.CountAsync(n => n.EntityId == detainerId.ToString(), TestContext.Current.CancellationToken));

    private async Task DrainAsync(JobRunner runner, string node)
    {
        while (await runner.RunDueOnceAsync(node, 50, TestContext.Current.CancellationToken) > 0) { }
    }

    [Fact]
    public async Task Lodging_queues_a_job_that_notifies_the_receiving_agency_once()
    {
        app.SkipIfUnavailable();
        var id = await LodgeAsync();
        Assert.Equal(0, await NotificationsForAsync(id));

        await DrainAsync(Runner(), "node-a");
        await DrainAsync(Runner(), "node-a");

        var notification = await WithDbAsync(db => db.Notifications.SingleAsync(n => n.EntityId == id.ToString(), TestContext.Current.CancellationToken));
        Assert.Equal(app.World.AgencyAId, notification.OrganisationId);
        Assert.Contains("Test King County Correctional Facility", notification.Body);
    }

    [Fact]
    public async Task A_job_claimed_by_a_node_that_died_runs_after_its_lease_expires()
    {
        app.SkipIfUnavailable();
        var id = await LodgeAsync();
        await DrainAsync(Runner(), "drain-others");
        var job = await WithDbAsync(db => db.OutboxJobs.Where(j => j.Payload.Contains(id.ToString())).SingleAsync(TestContext.Current.CancellationToken));
        await WithDbAsync(db => db.OutboxJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.CompletedAtUtc, (DateTime?)null).SetProperty(j => j.LockedBy, "dead-node")
            .SetProperty(j => j.LockedUntilUtc, _clock.GetUtcNow().UtcDateTime + JobRunner.Lease), TestContext.Current.CancellationToken));
        await WithDbAsync(db => db.Notifications.Where(n => n.SourceJobId == job.Id).ExecuteDeleteAsync(TestContext.Current.CancellationToken));

        await DrainAsync(Runner(), "node-b");
        Assert.Equal(0, await NotificationsForAsync(id));

        _clock.Advance(JobRunner.Lease + TimeSpan.FromSeconds(1));
        await DrainAsync(Runner(), "node-b");
        Assert.Equal(1, await NotificationsForAsync(id));
    }

    [Fact]
    public async Task A_failing_job_is_retried_with_back_off_and_dead_lettered_after_the_last_attempt()
    {
        app.SkipIfUnavailable();
        var job = await WithDbAsync(async db =>
        {
            var queued = JobQueue.Enqueue(db, DetainerLodgedJob.JobKind, new DetainerLodgedJob.Payload(Guid.NewGuid()), _clock.GetUtcNow().UtcDateTime, _clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return queued;
        });
        for (var attempt = 1; attempt <= JobRunner.MaxAttempts; attempt++)
        {
            await Runner().RunDueOnceAsync("node-c", 50, TestContext.Current.CancellationToken);
            var state = await WithDbAsync(db => db.OutboxJobs.AsNoTracking().SingleAsync(j => j.Id == job.Id, TestContext.Current.CancellationToken));
            Assert.Equal(attempt, state.Attempts);
            Assert.Null(state.CompletedAtUtc);
            Assert.Contains("no longer exists", state.LastError);
            Assert.Equal(attempt == JobRunner.MaxAttempts, state.DeadLetteredAtUtc is not null);
            _clock.Advance(JobRunner.Backoff(attempt) + TimeSpan.FromSeconds(1));
        }
        await Runner().RunDueOnceAsync("node-c", 50, TestContext.Current.CancellationToken);
        Assert.Equal(JobRunner.MaxAttempts, await WithDbAsync(db => db.OutboxJobs.Where(j => j.Id == job.Id).Select(j => j.Attempts).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Two_processors_on_one_database_run_every_job_exactly_once()
    {
        app.SkipIfUnavailable();
        var detainer = await LodgeAsync();
        await DrainAsync(Runner(), "drain-others");
        const int jobs = 300;
        var ids = await WithDbAsync(async db =>
        {
            var queued = Enumerable.Range(0, jobs)
                .Select(_ => JobQueue.Enqueue(db, DetainerLodgedJob.JobKind, new DetainerLodgedJob.Payload(detainer), _clock.GetUtcNow().UtcDateTime, _clock.GetUtcNow().UtcDateTime))
                .ToList();
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return queued.Select(j => j.Id).ToList();
        });

        async Task<int> WorkAsync(string node)
        {
            var runner = Runner();
            var total = 0;
            int done;
            do total += done = await runner.RunDueOnceAsync(node, 10, TestContext.Current.CancellationToken);
            while (done > 0);
            return total;
        }
        var counts = await Task.WhenAll(Task.Run(() => WorkAsync("node-1")), Task.Run(() => WorkAsync("node-2")));

        // Each job's notification queues one delivery job (e-mail and webhooks), which the two processors run too.
        Assert.Equal(2 * jobs, counts.Sum());
        var made = await WithDbAsync(db => db.Notifications.Where(n => n.SourceJobId != null && ids.Contains(n.SourceJobId.Value)).CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(jobs, made);
        Assert.Equal(0, await WithDbAsync(db => db.OutboxJobs.CountAsync(j => ids.Contains(j.Id) && j.CompletedAtUtc == null, TestContext.Current.CancellationToken)));
    }
}

public sealed class SqliteOutboxTests(SqliteDeskFactory app) : OutboxTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresOutboxTests(PostgresDeskFactory app) : OutboxTests(app), IClassFixture<PostgresDeskFactory>;
