using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Linkage;
using DetainerDesk.Data.Persistence;
using Microsoft.Extensions.Options;

namespace DetainerDesk.Web.Features.People;

/// <summary>
/// Matches a newly recorded person against the known ones, after the booking or detainer that brought them in is
/// saved: the request stays fast, and a matching failure is retried instead of losing the booking. Arrests and tips,
/// once they exist, enqueue this job (<see cref="PersonArrival.Enqueue"/>) with their own source.
/// </summary>
public sealed class PersonArrivedJob(IOptions<MatchThresholds> thresholds, TimeProvider clock) : IJobHandler
{
    public string Kind => PersonArrival.JobKind;

    public async Task HandleAsync(OutboxJob job, AppDbContext db, CancellationToken ct)
    {
        var payload = JobQueue.ReadPayload<PersonArrival.Payload>(job);
        await ArrivalMatcher.MatchAsync(db, new AuditLog(db, clock), clock, payload.PersonId, payload.Source, thresholds.Value, ct);
    }
}
