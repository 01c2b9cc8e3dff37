using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Web.Features.Detainers;
using DetainerDesk.Web.Tests.Detainers;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DetainerDesk.Web.Tests.Jobs;

/// <summary>
/// The hold clock across a restart: a hold started on one app instance has its warnings and expiry run by the next
/// instance on the same database, each exactly once, and a job whose node died mid-way is not lost. Each instance runs
/// its own job processor (the hosted service, not a test runner), on a fake clock the test moves.
/// </summary>
public abstract class HoldClockRestartTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;
    private TestWorld _world = null!;
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        if (provider == DatabaseProvider.Postgres && TestDatabase.PostgresServer is null) return;
        _database = await TestDatabase.CreateAsync(provider);
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private void SkipIfUnavailable() =>
        Assert.SkipWhen(_database is null, $"PostgreSQL tests need {TestDatabase.PostgresVariable}; ./test.sh sets it.");

    /// <summary>One app instance ("node") on the shared database and the shared fake clock, with its job processor on.</summary>
    private sealed class Instance(DatabaseProvider provider, string connectionString, TimeProvider clock, bool processor) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", provider.ToString());
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.UseSetting("Demo:Seed", "false");
            builder.UseSetting("Jobs:Enabled", processor ? "true" : "false");
            builder.ConfigureTestServices(s => s.AddSingleton(clock));
        }

        public HttpClient ClientWithKey(string apiKey)
        {
            var client = CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
            return client;
        }

        public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
        {
            using var scope = Services.CreateScope();
            return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        }
    }

    private async Task<Instance> StartAsync(bool processor = true)
    {
        var instance = new Instance(provider, _database!.ConnectionString, _clock, processor);
        instance.StartServer();
        await Task.Yield();
        return instance;
    }

    /// <summary>Lodges in Texas (SB 4: holds are honoured) and takes the steps up to a running hold; returns the detainer id and when the hold ends.</summary>
    private async Task<(Guid Id, DateTime EndsAtUtc)> StartHoldAsync(Instance app)
    {
        var lodged = await app.ClientWithKey(_world.OfficerKey).PostAsJsonAsync("/api/v1/detainers", LodgeRequests.Valid(_world.FacilityTexasId), Ct);
        Assert.Equal(HttpStatusCode.Created, lodged.StatusCode);
        var id = (string)(await lodged.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
        var clerk = app.ClientWithKey(_world.ClerkTexasKey);
        async Task<JsonObject> Step(string step, object body)
        {
            var response = await clerk.PostAsJsonAsync($"/api/v1/detainers/{id}/{step}", body, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        }
        await Step("acknowledge", new { });
        await Step("decision", new { response = "HonourHold" });
        await Step("service", new { reference = "served in person" });
        await Step("release-eligible", new { trigger = "BondPostedOrOwnRecognizance" });
        var hold = await Step("hold", new { });
        Assert.Equal("HoldActive", (string?)hold["status"]);
        return (Guid.Parse(id), ((DateTime)hold["holdEndsAt"]!).ToUniversalTime());
    }

    private static Task<List<OutboxJob>> HoldJobsAsync(Instance app, Guid detainer) =>
        app.WithDbAsync(db => db.OutboxJobs.AsNoTracking()
            .Where(j => (j.Kind == HoldClockJobs.AlertKind || j.Kind == HoldClockJobs.ExpiryKind) && j.Payload.Contains(detainer.ToString()))
            .OrderBy(j => j.DueAtUtc).ToListAsync(Ct));

    /// <summary>The processor runs in the background; wait (real time) until the hold's jobs are done.</summary>
    private static async Task<List<OutboxJob>> WaitForHoldJobsAsync(Instance app, Guid detainer, int completed)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var jobs = await HoldJobsAsync(app, detainer);
            if (jobs.Count(j => j.CompletedAtUtc is not null) >= completed || DateTime.UtcNow > deadline) return jobs;
            await Task.Delay(50, Ct);
        }
    }

    private static Task<List<(string Kind, Guid Organisation)>> NotificationsAsync(Instance app, Guid detainer) =>
        app.WithDbAsync(async db => (await db.Notifications.AsNoTracking()
                .Where(n => n.EntityId == detainer.ToString() && (n.Kind == HoldClockJobs.AlertKind || n.Kind == HoldClockJobs.ExpiryKind))
                .Select(n => new { n.Kind, n.OrganisationId }).ToListAsync(Ct))
            .Select(n => (n.Kind, n.OrganisationId)).ToList());

    private static Task<int> AuditCountAsync(Instance app, Guid detainer, string action) =>
        app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == detainer.ToString() && a.Action == action, Ct));

    [Fact]
    public async Task Warnings_and_expiry_due_while_the_app_was_down_run_once_after_it_starts_again()
    {
        SkipIfUnavailable();
        Guid id;
        DateTime endsAt;
        await using (var first = await StartAsync())
        {
            _world = await first.WithDbAsync(TestWorld.CreateAsync);
            (id, endsAt) = await StartHoldAsync(first);
            var queued = await HoldJobsAsync(first, id);
            Assert.Equal([endsAt.AddHours(-24), endsAt.AddHours(-4), endsAt.AddHours(-1), endsAt], queued.Select(j => j.DueAtUtc));
            Assert.All(queued, j => Assert.Null(j.CompletedAtUtc));
        }

        // Down past the end of the hold: every warning and the expiry fell due while no instance was running.
        _clock.Advance(endsAt - _clock.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(30));
        await using var second = await StartAsync();
        var jobs = await WaitForHoldJobsAsync(second, id, completed: 4);

        Assert.All(jobs, j => Assert.NotNull(j.CompletedAtUtc));
        Assert.All(jobs, j => Assert.Equal(1, j.Attempts));
        var detainer = await second.WithDbAsync(db => db.Detainers.AsNoTracking().SingleAsync(d => d.Id == id, Ct));
        Assert.Equal(DetainerStatus.ReleasedIceNoShow, detainer.Status);
        // The expiry is recorded at the limit, not when the late processor got to it.
        var expiry = await second.WithDbAsync(db => db.Set<DetainerEventRow>().AsNoTracking()
            .SingleAsync(e => e.DetainerId == id && e.Action == DetainerAction.RecordHoldExpiry, Ct));
        Assert.Equal(endsAt, expiry.AtUtc, TimeSpan.FromMilliseconds(1));

        // A second instance polling the same database afterwards finds nothing left to do.
        var another = new JobRunner(second.Services.GetRequiredService<IServiceScopeFactory>(), _clock,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<JobRunner>.Instance);
        Assert.Equal(0, await another.RunDueOnceAsync("late-node", 50, Ct));

        var notifications = await NotificationsAsync(second, id);
        Assert.Equal(6, notifications.Count(n => n.Kind == HoldClockJobs.AlertKind));
        Assert.Equal(2, notifications.Count(n => n.Kind == HoldClockJobs.ExpiryKind));
        Assert.Equal(4, notifications.Count(n => n.Organisation == _world.OfficeId));
        Assert.Equal(3, await AuditCountAsync(second, id, "hold.alert"));
        Assert.Equal(1, await AuditCountAsync(second, id, "detainer.hold-expiry"));
    }

    [Fact]
    public async Task An_expiry_claimed_by_an_instance_that_died_runs_once_on_the_next_after_the_lease()
    {
        SkipIfUnavailable();
        Guid id;
        DateTime endsAt;
        // Without its processor, so that moving the clock does not wake it before it "dies".
        await using (var first = await StartAsync(processor: false))
        {
            _world = await first.WithDbAsync(TestWorld.CreateAsync);
            (id, endsAt) = await StartHoldAsync(first);
            _clock.Advance(endsAt - _clock.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(1));
            // The instance claims everything due (the lease is written) and dies before finishing any of it.
            var claimed = await first.WithDbAsync(db => JobClaims.ClaimDueAsync(db, "dying-node", _clock.GetUtcNow().UtcDateTime, JobRunner.Lease, 50, Ct));
            Assert.Contains(claimed, j => j.Kind == HoldClockJobs.ExpiryKind && j.Payload.Contains(id.ToString()));
        }

        // Back up within the lease: the new instance must not take jobs a node may still be running.
        _clock.Advance(TimeSpan.FromMinutes(1));
        await using var second = await StartAsync();
        await Task.Delay(500, Ct);
        Assert.All(await HoldJobsAsync(second, id), j => Assert.Null(j.CompletedAtUtc));
        Assert.Empty(await NotificationsAsync(second, id));

        // The lease runs out; the processor's next poll (its delay is on the same clock) takes the jobs over.
        _clock.Advance(JobRunner.Lease);
        var jobs = await WaitForHoldJobsAsync(second, id, completed: 4);

        Assert.All(jobs, j => Assert.NotNull(j.CompletedAtUtc));
        Assert.All(jobs, j => Assert.Equal(2, j.Attempts));
        Assert.Equal(DetainerStatus.ReleasedIceNoShow, (await second.WithDbAsync(db => db.Detainers.AsNoTracking().SingleAsync(d => d.Id == id, Ct))).Status);
        var notifications = await NotificationsAsync(second, id);
        Assert.Equal(2, notifications.Count(n => n.Kind == HoldClockJobs.ExpiryKind));
        Assert.Equal(6, notifications.Count(n => n.Kind == HoldClockJobs.AlertKind));
        Assert.Equal(1, await AuditCountAsync(second, id, "detainer.hold-expiry"));
    }
}

public sealed class SqliteHoldClockRestartTests() : HoldClockRestartTests(DatabaseProvider.Sqlite);
public sealed class PostgresHoldClockRestartTests() : HoldClockRestartTests(DatabaseProvider.Postgres);
