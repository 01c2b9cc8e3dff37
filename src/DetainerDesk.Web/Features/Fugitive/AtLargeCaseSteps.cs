using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Domain.Common;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Fugitive;

public enum CaseStepResult { Done, NotFound, Stale, Refused }

/// <summary>What one step came to; the API turns it into a status code, the case page into field messages.</summary>
public sealed record CaseStepOutcome(CaseStepResult Result, int Version, DomainError? Refusal = null);

/// <summary>
/// The steps of an at-large case, shared by the API and the case page so both apply the same rules: find the case in
/// the caller's scope, check the version seen, let the case (and its team, facts, framework) decide, save it with its
/// audit entry — or record the refusal or the out-of-scope attempt.
/// </summary>
public static class AtLargeCaseSteps
{
    public const string AssignAction = "atlarge.assign", LocateAction = "atlarge.locate", CloseAction = "atlarge.close",
        ArrestAction = "atlarge.arrest", OverrideAction = "atlarge.priority-override";

    public static Func<AtLargeCase, Task<DomainError?>> Assign(AppDbContext db, Caller caller, TimeProvider clock, AssignCaseRequest body, CancellationToken ct) =>
        async c =>
        {
            if (body.TeamId == Guid.Empty) return new DomainError("team-required", "Choose the team that takes the case.", "teamId");
            var team = await db.FugitiveTeams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == body.TeamId, ct);
            if (team is null || team.FieldOfficeId != c.FieldOfficeId)
                return new DomainError("team-other-office", "Choose a team of the case's own field office.", "teamId");
            if (!team.Active) return new DomainError("team-inactive", $"{team.Name} is not active; choose another team.", "teamId");
            return c.Assign(team.Id, Input(caller, clock, body.Reason ?? $"Assigned to {team.Code}", caller.DisplayName, team.Code));
        };

    public static Func<AtLargeCase, Task<DomainError?>> Locate(Caller caller, TimeProvider clock, LocateCaseRequest body) =>
        c => Task.FromResult(c.Locate(Input(caller, clock, body.Reason ?? "Person located", body.Source ?? "", body.Reference)));

    public static Func<AtLargeCase, Task<DomainError?>> Close(Caller caller, TimeProvider clock, CloseCaseRequest body) =>
        c => Task.FromResult(c.Close(body.Reason,
            Input(caller, clock, body.Note ?? $"Closed: {CaseStatuses.Describe(body.Reason)}", body.Source ?? caller.DisplayName, null)));

    public static Func<AtLargeCase, Task<DomainError?>> Arrest(AppDbContext db, Caller caller, TimeProvider clock, ArrestRequest body, CancellationToken ct) =>
        async c =>
        {
            var at = body.ArrestedAt.ToUniversalTime();
            var facts = await DetainerDesk.Data.AtLarge.AtLargeFacts.ForPersonAsync(db, c.PersonId, DateOnly.FromDateTime(at), ct);
            var arrest = c.RecordArrest(Guid.CreateVersion7(clock.GetUtcNow()), new ArrestDetails(at, body.Place, body.Method, body.ProbableCause ?? "", body.Note),
                facts, Input(caller, clock, "Arrested", caller.DisplayName, null));
            if (!arrest.Succeeded) return arrest.Errors[0];
            db.AtLargeArrests.Add(arrest.Value!);
            return null;
        };

    public static Func<AtLargeCase, Task<DomainError?>> Override(AppDbContext db, Caller caller, TimeProvider clock, OverrideRequest body, CancellationToken ct) =>
        async c =>
        {
            await db.Entry(c).Collection(x => x.Classifications).LoadAsync(ct);
            if (c.CurrentClassification is not { } current)
                return new DomainError("not-classified", "Classify the case before overriding its priority.");
            var framework = DetainerDesk.Domain.AtLarge.Priorities.FrameworkBook.Embedded.Find(current.FrameworkId, current.FrameworkVersion);
            if (framework is null) return new DomainError("framework-unknown", $"Framework {current.FrameworkKey} is no longer shipped; reclassify first.");
            var result = c.Override(Guid.CreateVersion7(clock.GetUtcNow()), framework, body.Priority ?? "", body.Reason ?? "", caller.ActorId, clock.GetUtcNow().UtcDateTime);
            return result.Succeeded ? null : result.Errors[0];
        };

    /// <summary>One step: find the case within the caller's scope, check the version seen, let the case decide, save it with its audit entry.</summary>
    public static async Task<CaseStepOutcome> RunAsync(Caller caller, AppDbContext db, AuditLog audit, Guid id, int? expectedVersion, string auditAction,
        Func<AtLargeCase, Task<DomainError?>> step, CancellationToken ct)
    {
        var c = await db.AtLargeCases.VisibleTo(caller).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            await audit.RecordAsync(caller.Actor, auditAction, "AtLargeCase", id.ToString(), AuditOutcomes.Denied, "not found in caller's scope", ct);
            return new CaseStepOutcome(CaseStepResult.NotFound, 0);
        }
        if (expectedVersion is { } expected && expected != c.Version) return new CaseStepOutcome(CaseStepResult.Stale, c.Version);

        var refusal = await step(c);
        if (refusal is not null)
        {
            var version = c.Version;
            db.ChangeTracker.Clear();
            await audit.RecordAsync(caller.Actor, auditAction, "AtLargeCase", id.ToString(), AuditOutcomes.Refused, refusal.Code, ct);
            return new CaseStepOutcome(CaseStepResult.Refused, version, refusal);
        }
        audit.Add(caller.Actor, auditAction, "AtLargeCase", id.ToString(), details: $"status={c.Status};version={c.Version}");
        await db.SaveChangesAsync(ct);
        return new CaseStepOutcome(CaseStepResult.Done, c.Version);
    }

    private static TransitionInput Input(Caller caller, TimeProvider clock, string reason, string source, string? reference) =>
        new(caller.ActorId, clock.GetUtcNow().UtcDateTime, reason, new TransitionEvidence(source, reference));
}
