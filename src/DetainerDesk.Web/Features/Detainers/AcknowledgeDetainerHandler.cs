using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Common;
using DetainerDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Detainers;

public abstract record AcknowledgeOutcome
{
    public sealed record Acknowledged(int Version) : AcknowledgeOutcome;
    public sealed record NotFound : AcknowledgeOutcome;
    /// <summary>The caller acted on an older version than the one stored (someone else changed it first).</summary>
    public sealed record StaleVersion(int CurrentVersion) : AcknowledgeOutcome;
    public sealed record Refused(DomainError Error) : AcknowledgeOutcome;
}

/// <summary>The receiving agency logs receipt of a detainer. Only the agency that holds the person can find it.</summary>
public sealed class AcknowledgeDetainerHandler(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<AcknowledgeOutcome> HandleAsync(Caller caller, Guid id, int? expectedVersion, CancellationToken ct)
    {
        var detainer = await db.VisibleDetainers(caller).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (detainer is null)
        {
            audit.Add(caller.Actor, "detainer.acknowledge", "Detainer", id.ToString(), AuditOutcomes.Denied, "not found in caller's scope");
            await db.SaveChangesAsync(ct);
            return new AcknowledgeOutcome.NotFound();
        }
        if (expectedVersion is { } expected && expected != detainer.Version)
            return new AcknowledgeOutcome.StaleVersion(detainer.Version);

        var refusal = detainer.Acknowledge(caller.ActorId, clock.GetUtcNow().UtcDateTime);
        if (refusal is not null)
        {
            db.ChangeTracker.Clear();
            audit.Add(caller.Actor, "detainer.acknowledge", "Detainer", id.ToString(), AuditOutcomes.Refused, refusal.Code);
            await db.SaveChangesAsync(ct);
            return new AcknowledgeOutcome.Refused(refusal);
        }

        audit.Add(caller.Actor, "detainer.acknowledge", "Detainer", id.ToString());
        await db.SaveChangesAsync(ct);
        return new AcknowledgeOutcome.Acknowledged(detainer.Version);
    }
}
