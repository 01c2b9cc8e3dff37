using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Common;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Detainers;

public abstract record StepOutcome
{
    public sealed record Done(int Version) : StepOutcome;
    public sealed record NotFound : StepOutcome;
    /// <summary>The caller acted on an older version than the one stored (someone else changed it first).</summary>
    public sealed record StaleVersion(int CurrentVersion) : StepOutcome;
    public sealed record Refused(DomainError Error) : StepOutcome;
}

/// <summary>
/// One step of a detainer's life for pages and API alike: find it within the caller's scope, check the version the
/// caller saw, let the aggregate accept or refuse, and save the change, its timeline and its audit entry together.
/// </summary>
public sealed class DetainerStepHandler(AppDbContext db, AuditLog audit)
{
    public async Task<StepOutcome> HandleAsync(Caller caller, Guid id, int? expectedVersion, string auditAction,
        Func<Detainer, Task<DomainError?>> step, CancellationToken ct)
    {
        var detainer = await db.VisibleDetainers(caller).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (detainer is null)
        {
            audit.Add(caller.Actor, auditAction, "Detainer", id.ToString(), AuditOutcomes.Denied, "not found in caller's scope");
            await db.SaveChangesAsync(ct);
            return new StepOutcome.NotFound();
        }
        if (expectedVersion is { } expected && expected != detainer.Version)
            return new StepOutcome.StaleVersion(detainer.Version);

        var refusal = await step(detainer);
        if (refusal is not null)
        {
            db.ChangeTracker.Clear();
            audit.Add(caller.Actor, auditAction, "Detainer", id.ToString(), AuditOutcomes.Refused, refusal.Code);
            await db.SaveChangesAsync(ct);
            return new StepOutcome.Refused(refusal);
        }

        audit.Add(caller.Actor, auditAction, "Detainer", id.ToString(), details: $"status={detainer.Status};version={detainer.Version}");
        await db.SaveChangesAsync(ct);
        return new StepOutcome.Done(detainer.Version);
    }

    public Task<StepOutcome> AcknowledgeAsync(Caller caller, Guid id, int? expectedVersion, DateTime nowUtc, CancellationToken ct) =>
        HandleAsync(caller, id, expectedVersion, "detainer.acknowledge", d => Task.FromResult(d.Acknowledge(caller.ActorId, nowUtc)), ct);
}
