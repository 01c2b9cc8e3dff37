using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Audit;

namespace DetainerDesk.Data.Audit;

/// <summary>Who is acting: a user id, an API key or the system, and the organisation they act for.</summary>
public sealed record Actor(string Id, Guid? OrganisationId)
{
    public static readonly Actor System = new("system", null);
}

/// <summary>
/// Adds audit entries to the current unit of work, so they are saved (and chained) in the same transaction
/// as the change they record. Reads of personal data are recorded with <see cref="RecordAsync"/>, which saves at once.
/// </summary>
public sealed class AuditLog(AppDbContext db, TimeProvider clock)
{
    public void Add(Actor actor, string action, string entityType, string? entityId, string outcome = AuditOutcomes.Success, string? details = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            // A distinct placeholder key, so that one unit of work can hold several new entries; SaveChanges numbers them.
            Sequence = Math.Min(0, db.AuditEntries.Local.Select(a => a.Sequence).DefaultIfEmpty(0).Min()) - 1,
            AtUtc = ToMicroseconds(clock.GetUtcNow().UtcDateTime),
            Actor = actor.Id,
            OrganisationId = actor.OrganisationId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Outcome = outcome,
            Details = details,
        });

    /// <summary>Both databases keep microseconds; the hash must cover exactly what is stored.</summary>
    private static DateTime ToMicroseconds(DateTime utc) => utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));

    public async Task RecordAsync(Actor actor, string action, string entityType, string? entityId, string outcome = AuditOutcomes.Success, string? details = null, CancellationToken cancellationToken = default)
    {
        Add(actor, action, entityType, entityId, outcome, details);
        await db.SaveChangesAsync(cancellationToken);
    }
}

public static class AuditOutcomes
{
    public const string Success = "success";
    public const string Denied = "denied";
    public const string Refused = "refused";
    public const string Failure = "failure";
}
