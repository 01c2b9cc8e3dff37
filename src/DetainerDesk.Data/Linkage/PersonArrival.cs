using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Persistence;

namespace DetainerDesk.Data.Linkage;

/// <summary>
/// The durable request to match a newly recorded person against the known ones. It lives beside the data so that
/// every way a person comes in — a booking or detainer through the web app or API, a row of a jail's export through
/// the CLI — queues the same job in the same unit of work; the web app's job runner does the matching.
/// </summary>
public static class PersonArrival
{
    public const string JobKind = "person.arrived";
    public sealed record Payload(Guid PersonId, string Source);

    /// <summary>Call in the same unit of work that adds the person.</summary>
    public static void Enqueue(AppDbContext db, Guid personId, string source, DateTime nowUtc) =>
        JobQueue.Enqueue(db, JobKind, new Payload(personId, source), nowUtc, nowUtc);
}
