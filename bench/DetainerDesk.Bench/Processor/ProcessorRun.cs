using System.Diagnostics;
using System.Globalization;
using DetainerDesk.Bench.Common;
using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Web.Features.Detainers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DetainerDesk.Bench.Processor;

/// <summary>
/// `processor`: N held detainers, one hold-clock job each falling due over a window, worked off by one or two
/// <see cref="JobRunner"/>s polling as the web app's processor does (batches of 50, a pause between empty polls).
/// For every job: lag = completed − due. Measured twice in one run: the baseline (no-op jobs through the same claim,
/// scope, transaction and completion) and the real hold-clock handlers.
/// </summary>
public static class ProcessorRun
{
    private static readonly DateTime BaselineStart = new(2027, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime HoldStart = new(2027, 3, 10, 0, 0, 0, DateTimeKind.Utc);

    public static async Task<int> RunAsync(Options options)
    {
        var detainers = options.Int("detainers", 100_000);
        var provider = Enum.Parse<DatabaseProvider>(options.Text("provider", "Sqlite"), ignoreCase: true);
        var pg = options.TextOrNull("pg");
        var runners = options.Int("runners", 1);
        var window = TimeSpan.FromSeconds(options.Double("window", 120));
        var poll = TimeSpan.FromMilliseconds(options.Int("poll-ms", 2000));
        var batch = options.Int("batch", 50);
        var give = TimeSpan.FromMinutes(options.Double("max-drain-minutes", 30));
        options.RefuseUnknown();

        await using var database = await BenchDatabase.CreateAsync(provider, pg);
        var clock = new ScenarioClock();
        await using var services = database.BuildServices(clock);
        string describedDb;
        var setup = Stopwatch.StartNew();
        HeldDetainers.Seeded seeded;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await DatabaseSetup.MigrateAsync(db);
            describedDb = await database.DescribeAsync(db);
            Console.WriteLine(Machine.Describe(describedDb));
            Console.WriteLine($"Setting up {detainers:N0} held detainers with one hold-clock job each, and {detainers:N0} no-op jobs…");
            seeded = await HeldDetainers.CreateAsync(db, detainers, HoldStart, window);
        }
        await using (var scope = services.CreateAsyncScope())
            await HeldDetainers.EnqueueNoOpsAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), seeded, BaselineStart, window);
        Console.WriteLine($"Setup took {setup.Elapsed.TotalSeconds:0} s. Window {window.TotalSeconds:0} s, {runners} runner(s), batch {batch}, poll {poll.TotalMilliseconds:0} ms.");
        Console.WriteLine();

        var baseline = await RunPhaseAsync("baseline: no-op jobs", services, clock, BaselineStart, window, runners, batch, poll, give, [NoOpJob.JobKind]);
        var hold = await RunPhaseAsync("hold clock: 3 warnings : 1 expiry", services, clock, HoldStart, window, runners, batch, poll, give, [HoldClockJobs.AlertKind, HoldClockJobs.ExpiryKind]);

        Console.WriteLine();
        Console.WriteLine($"Processor, {detainers:N0} held detainers, {provider}, {runners} runner(s), due times spread over {window.TotalSeconds:0} s " +
                          $"(offered {(window > TimeSpan.Zero ? (detainers / window.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture) + " jobs/s" : "all at once")}), poll {poll.TotalMilliseconds:0} ms");
        Console.WriteLine();
        Console.WriteLine("| phase | jobs done | p50 lag | p99 lag | max lag | throughput | failed attempts | per runner |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
        Console.WriteLine(baseline.Row());
        Console.WriteLine(hold.Row());

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var expired = await db.Detainers.CountAsync(d => d.Status == DetainerStatus.ReleasedIceNoShow);
            var notices = await db.Notifications.CountAsync(n => n.Kind == HoldClockJobs.AlertKind || n.Kind == HoldClockJobs.ExpiryKind);
            var expectedExpired = (detainers + 0) / 4;
            Console.WriteLine();
            Console.WriteLine($"Checks: {expired:N0} holds expired (expected {expectedExpired:N0}), {notices:N0} hold notifications (expected {2 * detainers:N0}).");
            return expired == expectedExpired && notices == 2 * detainers && baseline.Done == detainers && hold.Done == detainers ? 0 : 1;
        }
    }

    private sealed record PhaseResult(string Name, int Done, int Total, double P50, double P99, double Max, double Throughput, int Failures, string PerRunner)
    {
        public string Row() =>
            $"| {Name} | {Done:N0}/{Total:N0} | {Ms(P50)} | {Ms(P99)} | {Ms(Max)} | {Throughput:N0} jobs/s | {Failures} | {PerRunner} |";

        private static string Ms(double ms) => ms < 10_000 ? $"{ms:N0} ms" : $"{ms / 1000:N1} s";
    }

    private static async Task<PhaseResult> RunPhaseAsync(string name, IServiceProvider services, ScenarioClock clock, DateTime start, TimeSpan window,
        int runners, int batch, TimeSpan poll, TimeSpan give, string[] kinds)
    {
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        var lastDue = start + window;
        Console.WriteLine($"Running {name}…");
        clock.StartAt(start);

        async Task<int> OpenAsync()
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxJobs
                .CountAsync(j => kinds.Contains(j.Kind) && j.CompletedAtUtc == null && j.DeadLetteredAtUtc == null);
        }

        async Task WorkAsync(string node)
        {
            var runner = new JobRunner(scopes, clock, NullLogger<JobRunner>.Instance);
            while (true)
            {
                if (await runner.RunDueOnceAsync(node, batch, CancellationToken.None) > 0) continue;
                if (clock.GetUtcNow().UtcDateTime >= lastDue && await OpenAsync() == 0) return;
                if (clock.Elapsed > window + give) return;
                await Task.Delay(poll);
            }
        }

        await Task.WhenAll(Enumerable.Range(1, runners).Select(n => Task.Run(() => WorkAsync($"bench-runner-{n}"))));

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var jobs = await db.OutboxJobs.AsNoTracking().Where(j => kinds.Contains(j.Kind))
            .Select(j => new { j.DueAtUtc, j.CompletedAtUtc, j.Attempts, j.LockedBy }).ToListAsync();
        var done = jobs.Where(j => j.CompletedAtUtc is not null).ToList();
        var lags = done.Select(j => (j.CompletedAtUtc!.Value - j.DueAtUtc).TotalMilliseconds).Order().ToArray();
        var last = done.Count == 0 ? start : done.Max(j => j.CompletedAtUtc!.Value);
        var perRunner = string.Join(", ", done.GroupBy(j => j.LockedBy).OrderBy(g => g.Key).Select(g => $"{g.Key?.Replace("bench-runner-", "r", StringComparison.Ordinal)}: {g.Count():N0}"));
        var result = new PhaseResult(name, done.Count, jobs.Count, Percentile(lags, 0.50), Percentile(lags, 0.99), lags.Length == 0 ? double.NaN : lags[^1],
            done.Count / Math.Max(0.001, (last - start).TotalSeconds), jobs.Sum(j => j.Attempts) - jobs.Count, perRunner);
        Console.WriteLine($"  {result.Row()}");
        return result;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
