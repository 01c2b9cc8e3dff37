using System.Text.Json;
using DetainerDesk.Data.Persistence;

namespace DetainerDesk.Data.Jobs;

/// <summary>Adds jobs to the current unit of work; they are saved (or not) with the change that caused them.</summary>
public static class JobQueue
{
    public static OutboxJob Enqueue<TPayload>(AppDbContext db, string kind, TPayload payload, DateTime dueAtUtc, DateTime nowUtc)
    {
        var job = new OutboxJob { Kind = kind, Payload = JsonSerializer.Serialize(payload), CreatedAtUtc = nowUtc, DueAtUtc = dueAtUtc };
        db.OutboxJobs.Add(job);
        return job;
    }

    public static T ReadPayload<T>(OutboxJob job) =>
        JsonSerializer.Deserialize<T>(job.Payload) ?? throw new InvalidOperationException($"Job {job.Id} ({job.Kind}) has an empty payload.");
}
