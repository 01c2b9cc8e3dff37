using DetainerDesk.Data.Jobs;

namespace DetainerDesk.Web.Infrastructure;

/// <summary>
/// Polls the outbox on every web node. Jobs due while the app was down run after it starts again; with several nodes
/// on one PostgreSQL, the claim's SKIP LOCKED makes each job run on one node only.
/// </summary>
public sealed class JobProcessorService(JobRunner runner, TimeProvider clock, IConfiguration configuration, ILogger<JobProcessorService> log) : BackgroundService
{
    private readonly string _node = NodeName();

    private static string NodeName()
    {
        var name = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return name.Length <= 100 ? name : name[^100..];
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Jobs:PollInterval", TimeSpan.FromSeconds(2));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Drain what is due, then wait for the next poll.
                while (await runner.RunDueOnceAsync(_node, batch: 50, stoppingToken) > 0) { }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "The job processor failed to claim jobs; it will try again");
            }
            try { await Task.Delay(interval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
