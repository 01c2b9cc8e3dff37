using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Domain.Common;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Fugitive;

public sealed record AssignCaseRequest(Guid TeamId, string? Reason = null);
public sealed record LocateCaseRequest(string? Source = null, string? Reference = null, string? Reason = null);
public sealed record CloseCaseRequest(CloseReason Reason, string? Note = null, string? Source = null);
public sealed record ArrestRequest(DateTime ArrestedAt, ArrestPlace Place, ArrestMethod Method, string? ProbableCause, string? Note = null);
public sealed record OverrideRequest(string? Priority, string? Reason);

public sealed record AtLargeCaseResponse(
    Guid Id, CaseStatus Status, CaseOrigin Origin, Guid FieldOfficeId, Guid? TeamId, Guid? DetainerId, CloseReason? CloseReason,
    DateTime OpenedAt, int Version, string? Priority, string? Framework);

/// <summary>
/// The steps of an at-large case for the owning field office's officers: read, assign to one of the office's teams,
/// record that the person was located, close with a reason. Each answers with the case as it now stands, or a 404 /
/// 409 / 422 problem that says why; If-Match carries the version the caller saw. Every step and read is audited.
/// </summary>
public static class AtLargeCasesApi
{
    public static void MapAtLargeCasesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/at-large-cases/{id:guid}").WithTags("At-large cases")
            .RequireAuthorization(Policies.LodgeDetainers).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        group.MapGet("", Read).WithSummary("The case as it stands, with its current priority and the framework version behind it");
        group.MapPost("/assign", Assign).WithIdempotencyKeys().WithSummary("Give the case to a team of its field office (or another team of it)");
        group.MapPost("/locate", (Guid id, LocateCaseRequest body, HttpContext http, AppDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct) =>
                StepAsync(http, db, audit, id, "atlarge.locate", ct, c => Task.FromResult(c.Locate(Input(http, clock, body.Reason ?? "Person located", body.Source ?? "", body.Reference)))))
            .WithIdempotencyKeys().WithSummary("Record that the person was located; the evidence's source is required, and on a tip case it cannot be the tip");
        group.MapPost("/close", (Guid id, CloseCaseRequest body, HttpContext http, AppDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct) =>
                StepAsync(http, db, audit, id, "atlarge.close", ct, c => Task.FromResult(c.Close(body.Reason,
                    Input(http, clock, body.Note ?? $"Closed: {CaseStatuses.Describe(body.Reason)}", body.Source ?? http.GetCaller().DisplayName, null)))))
            .WithIdempotencyKeys().WithSummary("Close the case with its reason: in custody elsewhere, departed, status resolved, wrong person, lifted");
        group.MapPost("/arrest", Arrest).WithIdempotencyKeys()
            .WithSummary("Record the arrest (date, place, ICE's method class, probable cause — never a tip); criminality and conviction categories come from the record");
        group.MapPost("/priority-override", Override).WithIdempotencyKeys()
            .RequireAuthorization(p => p.RequireRole(DetainerDesk.Domain.Organisations.Roles.IceSupervisor))
            .WithSummary("A supervisor sets the priority under the current framework version, with a written reason; the computed classification stays on record");
    }

    private static async Task<Results<Ok<AtLargeCaseResponse>, ProblemHttpResult>> Read(Guid id, HttpContext http, AppDbContext db, AuditLog audit, CancellationToken ct)
    {
        var caller = http.GetCaller();
        var response = await ResponseAsync(db, caller, id, ct);
        await audit.RecordAsync(caller.Actor, CaseModel.ReadAuditAction, "AtLargeCase", id.ToString(), response is null ? AuditOutcomes.Denied : AuditOutcomes.Success, cancellationToken: ct);
        if (response is null) return NotFound(id);
        http.Response.Headers.ETag = $"\"{response.Version}\"";
        return TypedResults.Ok(response);
    }

    private static Task<Results<Ok<AtLargeCaseResponse>, ProblemHttpResult>> Assign(
        Guid id, AssignCaseRequest body, HttpContext http, AppDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct) =>
        StepAsync(http, db, audit, id, "atlarge.assign", ct, async c =>
        {
            var team = await db.FugitiveTeams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == body.TeamId, ct);
            if (team is null || team.FieldOfficeId != c.FieldOfficeId)
                return new DomainError("team-other-office", "Choose a team of the case's own field office.", "teamId");
            if (!team.Active) return new DomainError("team-inactive", $"{team.Name} is not active; choose another team.", "teamId");
            return c.Assign(team.Id, Input(http, clock, body.Reason ?? $"Assigned to {team.Code}", http.GetCaller().DisplayName, team.Code));
        });

    private static Task<Results<Ok<AtLargeCaseResponse>, ProblemHttpResult>> Arrest(
        Guid id, ArrestRequest body, HttpContext http, AppDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct) =>
        StepAsync(http, db, audit, id, "atlarge.arrest", ct, async c =>
        {
            var at = body.ArrestedAt.ToUniversalTime();
            var facts = await DetainerDesk.Data.AtLarge.AtLargeFacts.ForPersonAsync(db, c.PersonId, DateOnly.FromDateTime(at), ct);
            var arrest = c.RecordArrest(Guid.CreateVersion7(clock.GetUtcNow()), new ArrestDetails(at, body.Place, body.Method, body.ProbableCause ?? "", body.Note),
                facts, Input(http, clock, "Arrested", http.GetCaller().DisplayName, null));
            if (!arrest.Succeeded) return arrest.Errors[0];
            db.AtLargeArrests.Add(arrest.Value!);
            return null;
        });

    private static Task<Results<Ok<AtLargeCaseResponse>, ProblemHttpResult>> Override(
        Guid id, OverrideRequest body, HttpContext http, AppDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct) =>
        StepAsync(http, db, audit, id, "atlarge.priority-override", ct, async c =>
        {
            await db.Entry(c).Collection(x => x.Classifications).LoadAsync(ct);
            if (c.CurrentClassification is not { } current)
                return new DomainError("not-classified", "Classify the case before overriding its priority.");
            var framework = DetainerDesk.Domain.AtLarge.Priorities.FrameworkBook.Embedded.Find(current.FrameworkId, current.FrameworkVersion);
            if (framework is null) return new DomainError("framework-unknown", $"Framework {current.FrameworkKey} is no longer shipped; reclassify first.");
            var result = c.Override(Guid.CreateVersion7(clock.GetUtcNow()), framework, body.Priority ?? "", body.Reason ?? "", http.GetCaller().ActorId, clock.GetUtcNow().UtcDateTime);
            return result.Succeeded ? null : result.Errors[0];
        });

    /// <summary>One step: find the case within the caller's scope, check the version seen, let the case decide, save it with its audit entry.</summary>
    private static async Task<Results<Ok<AtLargeCaseResponse>, ProblemHttpResult>> StepAsync(
        HttpContext http, AppDbContext db, AuditLog audit, Guid id, string auditAction, CancellationToken ct, Func<AtLargeCase, Task<DomainError?>> step)
    {
        var caller = http.GetCaller();
        var c = await db.AtLargeCases.VisibleTo(caller).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            await audit.RecordAsync(caller.Actor, auditAction, "AtLargeCase", id.ToString(), AuditOutcomes.Denied, "not found in caller's scope", ct);
            return NotFound(id);
        }
        if (ApiProblems.ReadIfMatch(http.Request) is { } expected && expected != c.Version)
            return ApiProblems.Problem(409, "The case has changed.", $"It is now version {c.Version}. Reload it and try again.", "version-stale");

        var refusal = await step(c);
        if (refusal is not null)
        {
            db.ChangeTracker.Clear();
            await audit.RecordAsync(caller.Actor, auditAction, "AtLargeCase", id.ToString(), AuditOutcomes.Refused, refusal.Code, ct);
            // Bad input (a team of another office, an unknown priority, a missing reason or probable cause) is not a conflict with the case's state.
            return refusal.Code is "team-other-office" or "team-inactive" or "priority-unknown" or "reason-required" or "probable-cause-required"
                or "tip-is-not-probable-cause" or "method-unknown" or "place-unknown" or "arrest-in-future" or "arrest-before-case"
                ? ApiProblems.Problem(422, "The step was refused.", refusal.Message, refusal.Code)
                : ApiProblems.Problem(409, "The step was refused.", refusal.Message, refusal.Code);
        }
        audit.Add(caller.Actor, auditAction, "AtLargeCase", id.ToString(), details: $"status={c.Status};version={c.Version}");
        await db.SaveChangesAsync(ct);
        var response = (await ResponseAsync(db, caller, id, ct))!;
        http.Response.Headers.ETag = $"\"{response.Version}\"";
        return TypedResults.Ok(response);
    }

    private static TransitionInput Input(HttpContext http, TimeProvider clock, string reason, string source, string? reference) =>
        new(http.GetCaller().ActorId, clock.GetUtcNow().UtcDateTime, reason, new TransitionEvidence(source, reference));

    private static async Task<AtLargeCaseResponse?> ResponseAsync(AppDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        var c = await db.AtLargeCases.AsNoTracking().VisibleTo(caller).Include(x => x.Classifications).SingleOrDefaultAsync(x => x.Id == id, ct);
        var current = c?.CurrentClassification;
        return c is null ? null : new AtLargeCaseResponse(c.Id, c.Status, c.Origin, c.FieldOfficeId, c.TeamId, c.DetainerId, c.CloseReason,
            c.OpenedAtUtc, c.Version, current?.Priority, current?.FrameworkKey);
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        ApiProblems.Problem(404, "No such case.", $"At-large case {id} does not exist or is not your field office's.", "case-not-found");
}
