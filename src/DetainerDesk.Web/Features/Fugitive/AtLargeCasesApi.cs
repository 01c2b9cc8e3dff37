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
                StepAsync(http, db, audit, id, AtLargeCaseSteps.LocateAction, AtLargeCaseSteps.Locate(http.GetCaller(), clock, body), ct))
            .WithIdempotencyKeys().WithSummary("Record that the person was located; the evidence's source is required, and on a tip case it cannot be the tip");
        group.MapPost("/close", (Guid id, CloseCaseRequest body, HttpContext http, AppDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct) =>
                StepAsync(http, db, audit, id, AtLargeCaseSteps.CloseAction, AtLargeCaseSteps.Close(http.GetCaller(), clock, body), ct))
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
        StepAsync(http, db, audit, id, AtLargeCaseSteps.AssignAction, AtLargeCaseSteps.Assign(db, http.GetCaller(), clock, body, ct), ct);

    private static Task<Results<Ok<AtLargeCaseResponse>, ProblemHttpResult>> Arrest(
        Guid id, ArrestRequest body, HttpContext http, AppDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct) =>
        StepAsync(http, db, audit, id, AtLargeCaseSteps.ArrestAction, AtLargeCaseSteps.Arrest(db, http.GetCaller(), clock, body, ct), ct);

    private static Task<Results<Ok<AtLargeCaseResponse>, ProblemHttpResult>> Override(
        Guid id, OverrideRequest body, HttpContext http, AppDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct) =>
        StepAsync(http, db, audit, id, AtLargeCaseSteps.OverrideAction, AtLargeCaseSteps.Override(db, http.GetCaller(), clock, body, ct), ct);

    /// <summary>One step through <see cref="AtLargeCaseSteps.RunAsync"/>, answered as the case as it now stands or a problem that says why.</summary>
    private static async Task<Results<Ok<AtLargeCaseResponse>, ProblemHttpResult>> StepAsync(
        HttpContext http, AppDbContext db, AuditLog audit, Guid id, string auditAction, Func<AtLargeCase, Task<DomainError?>> step, CancellationToken ct)
    {
        var caller = http.GetCaller();
        var outcome = await AtLargeCaseSteps.RunAsync(caller, db, audit, id, ApiProblems.ReadIfMatch(http.Request), auditAction, step, ct);
        switch (outcome.Result)
        {
            case CaseStepResult.NotFound:
                return NotFound(id);
            case CaseStepResult.Stale:
                return ApiProblems.Problem(409, "The case has changed.", $"It is now version {outcome.Version}. Reload it and try again.", "version-stale");
            case CaseStepResult.Refused:
                var refusal = outcome.Refusal!;
                // Bad input (a team of another office, an unknown priority, a missing reason or probable cause) is not a conflict with the case's state.
                return refusal.Code is "team-other-office" or "team-inactive" or "team-required" or "priority-unknown" or "reason-required" or "probable-cause-required"
                    or "tip-is-not-probable-cause" or "method-unknown" or "place-unknown" or "arrest-in-future" or "arrest-before-case"
                    ? ApiProblems.Problem(422, "The step was refused.", refusal.Message, refusal.Code)
                    : ApiProblems.Problem(409, "The step was refused.", refusal.Message, refusal.Code);
        }
        var response = (await ResponseAsync(db, caller, id, ct))!;
        http.Response.Headers.ETag = $"\"{response.Version}\"";
        return TypedResults.Ok(response);
    }

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
