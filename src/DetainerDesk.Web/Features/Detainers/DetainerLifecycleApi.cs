using DetainerDesk.Data.Notifications;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Common;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Detainers;

public sealed record DecisionRequest(AgencyResponse Response, string? Reason = null);
public sealed record EvidenceRequest(string? Source = null, string? Reference = null, string? Note = null, string? Reason = null);
public sealed record EligibilityRequest(ReleaseTrigger Trigger, DateTime? EligibleAt = null, string? Reference = null);

/// <summary>
/// The steps after receipt, for jail systems (API keys of the holding agency) and ICE tools: the agency's decision —
/// checked against the law of its jurisdiction —, service, release date and notice, release eligibility, the hold,
/// transfer, release, a move to another agency, and the issuing office's lift or void. Each answers with the detainer
/// as it now stands, or a 404/409 problem that says why. Every POST takes the caller's event id as Idempotency-Key.
/// </summary>
public static class DetainerLifecycleApi
{
    public static void MapDetainerLifecycleApi(this IEndpointRouteBuilder routes)
    {
        var agency = routes.MapGroup("/api/v1/detainers/{id:guid}").WithTags("Detainer lifecycle")
            .RequireAuthorization(Policies.AcknowledgeDetainers).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422).WithIdempotencyKeys();
        agency.MapPost("/decision", Decision).WithSummary("Record the agency's decision; a hold or notification the law forbids is refused with the citation");
        agency.MapPost("/service", (Guid id, EvidenceRequest body, HttpContext http, DetainerStepHandler steps, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            Step(http, steps, db, id, "detainer.service", ct, d => d.RecordService(Input(http, clock, body, "Copy of the detainer served on the subject"))))
            .WithSummary("Record that the detainer was served on the subject; it takes effect only from here");
        agency.MapPost("/release-date", DetainerReleaseSteps.ReleaseDate).ProducesValidationProblem()
            .WithSummary("Set or change the projected release date; the issuing office is alerted only where the decision lets ICE be told");
        agency.MapPost("/notification", DetainerReleaseSteps.Notify)
            .WithSummary("Tell ICE of the release; refused with the rule's citation where the decision forbids it, unless a legal basis (e.g. a judicial warrant) is given");
        agency.MapPost("/release-eligible", (Guid id, EligibilityRequest body, HttpContext http, DetainerStepHandler steps, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            Step(http, steps, db, id, "detainer.release-eligible", ct, d => d.RecordReleaseEligible(body.Trigger, body.EligibleAt?.ToUniversalTime() ?? clock.GetUtcNow().UtcDateTime,
                Input(http, clock, new EvidenceRequest(Reference: body.Reference), $"Eligible for release: {body.Trigger}"))))
            .WithSummary("Record that the person became eligible for release; the hold clock starts at that moment");
        agency.MapPost("/hold", Hold).WithSummary("Start the hold, at most 48 hours from eligibility (or less where local law says so)");
        agency.MapPost("/transfer", (Guid id, TransferToIceRequest body, HttpContext http, DetainerStepHandler steps, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            StepAsync(http, steps, db, id, DetainerSteps.AuditAction(DetainerAction.TransferToIce), ct, DetainerSteps.TransferToIce(db,
                Input(http, clock, new EvidenceRequest(LegalBasisSource(body.LegalBasis, body.Source), body.Reference, body.Note, body.Reason), "Custody transferred to ICE"), body.LegalBasis, ct)))
            .WithSummary("Record the hand-over of custody to ICE; where the law forbids it (or allows it only if a condition holds) it is refused (422) with the citation, unless a legal basis (e.g. a judicial warrant) is given");
        agency.MapPost("/release-declined", (Guid id, EvidenceRequest body, HttpContext http, DetainerStepHandler steps, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            Step(http, steps, db, id, "detainer.release-declined", ct, d => d.RecordReleaseDeclined(Input(http, clock, body with { Source = body.Source ?? "" }, "Released without transfer"))))
            .WithSummary("Record a release without transfer; needs the source of that fact (unknown is not declined)");
        agency.MapPost("/transfer-agency", AgencyTransfers.Transfer).ProducesValidationProblem()
            .WithSummary("The person moves to another agency: this detainer ends here and a linked one is lodged with the receiving agency, which is notified");

        var office = routes.MapGroup("/api/v1/detainers/{id:guid}").WithTags("Detainer lifecycle")
            .RequireAuthorization(Policies.LodgeDetainers).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422).WithIdempotencyKeys();
        office.MapPost("/lift", (Guid id, EvidenceRequest body, HttpContext http, DetainerStepHandler steps, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
                StepAsync(http, steps, db, id, DetainerSteps.AuditAction(DetainerAction.Lift), ct,
                    DetainerSteps.End(db, clock, DetainerAction.Lift, Input(http, clock, body, "Lifted by the issuing office"))))
            .WithSummary("The issuing office cancels the detainer; any running hold ends at once and the holding agency is told (detainer.lifted)");
        office.MapPost("/void", (Guid id, EvidenceRequest body, HttpContext http, DetainerStepHandler steps, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
                StepAsync(http, steps, db, id, DetainerSteps.AuditAction(DetainerAction.Void), ct,
                    DetainerSteps.End(db, clock, DetainerAction.Void, Input(http, clock, body, "Voided by a court order or settlement"))))
            .WithSummary("Record that a court or settlement invalidated the detainer; any running hold ends at once and the holding agency is told (detainer.voided)");

        // Either side closes an ended detainer; scope (issuer or holder) decides which detainers a caller may close.
        routes.MapPost("/api/v1/detainers/{id:guid}/close", (Guid id, EvidenceRequest body, HttpContext http, DetainerStepHandler steps, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
                Step(http, steps, db, id, "detainer.close", ct, d => d.Close(Input(http, clock, body, "Closed: kept for the record"))))
            .WithTags("Detainer lifecycle").ProducesProblem(404).ProducesProblem(409).ProducesProblem(422).WithIdempotencyKeys()
            .RequireAuthorization(p => p.RequireAuthenticatedUser().RequireRole(Roles.IceOfficer, Roles.IceSupervisor, Roles.AgencyClerk, Roles.AgencySupervisor))
            .WithSummary("Close an ended detainer (refused while it is live or a claim is open)");
    }

    public static TransitionInput Input(HttpContext http, TimeProvider clock, EvidenceRequest body, string defaultReason)
    {
        var caller = http.GetCaller();
        var source = body.Source ?? $"{caller.DisplayName}";
        return new TransitionInput(caller.ActorId, clock.GetUtcNow().UtcDateTime, body.Reason ?? defaultReason,
            new TransitionEvidence(source, body.Reference, body.Note));
    }

    /// <summary>With a legal basis the document behind it must be named: the caller's own name is no evidence of a warrant.</summary>
    public static string? LegalBasisSource(string? legalBasis, string? source) => string.IsNullOrWhiteSpace(legalBasis) ? source : source ?? "";

    /// <summary>The agency's answer must be one its law allows: a forbidden hold or notification is refused, citing the rule.</summary>
    private static async Task<Results<Ok<DetainerResponse>, ProblemHttpResult>> Decision(
        Guid id, DecisionRequest body, HttpContext http, DetainerStepHandler steps, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.GetCaller();
        var details = await DetainerQueries.FindAsync(db, caller, id, ct);
        if (details is null) return ApiProblems.DetainerNotFound(id);
        var step = await AgencyDecisions.StepAsync(db, details, body.Response, caller.ActorId, clock.GetUtcNow().UtcDateTime, body.Reason, ct);
        return await Step(http, steps, db, id, "detainer.decision", ct, step);
    }

    private static Task<Results<Ok<DetainerResponse>, ProblemHttpResult>> Hold(
        Guid id, HttpContext http, DetainerStepHandler steps, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        StepAsync(http, steps, db, id, DetainerSteps.AuditAction(DetainerAction.StartHold), ct,
            DetainerSteps.Hold(db, Input(http, clock, new EvidenceRequest(), "Held on the detainer after release eligibility"), ct));

    /// <summary>Runs one step and answers with the detainer as it now stands, or the problem that stopped it.</summary>
    public static Task<Results<Ok<DetainerResponse>, ProblemHttpResult>> Step(
        HttpContext http, DetainerStepHandler steps, AppDbContext db, Guid id, string auditAction, CancellationToken ct, Func<Detainer, DomainError?> step) =>
        StepAsync(http, steps, db, id, auditAction, ct, d => Task.FromResult(step(d)));

    public static async Task<Results<Ok<DetainerResponse>, ProblemHttpResult>> StepAsync(
        HttpContext http, DetainerStepHandler steps, AppDbContext db, Guid id, string auditAction, CancellationToken ct, Func<Detainer, Task<DomainError?>> step)
    {
        var caller = http.GetCaller();
        var outcome = await steps.HandleAsync(caller, id, ApiProblems.ReadIfMatch(http.Request), auditAction, step, ct);
        switch (outcome)
        {
            case StepOutcome.NotFound: return ApiProblems.DetainerNotFound(id);
            case StepOutcome.StaleVersion stale: return ApiProblems.Problem(409, "The detainer has changed.", $"It is now version {stale.CurrentVersion}. Reload it and try again.", "version-stale");
            // What the law forbids is not a conflict with the record's state: retrying later will not help, a legal basis will.
            case StepOutcome.Refused { Error.Code: var code } refused when Detainer.TransferRefusedByLaw.Contains(code):
                return ApiProblems.Problem(422, "The law here does not allow this step.", refused.Error.Message, code);
            case StepOutcome.Refused refused: return ApiProblems.Problem(409, "The step was refused.", refused.Error.Message, refused.Error.Code);
        }
        var details = (await DetainerQueries.FindAsync(db, caller, id, ct))!;
        http.Response.Headers.ETag = $"\"{details.Version}\"";
        return TypedResults.Ok(await ResponseAsync(db, details, ct));
    }

    /// <summary>The detainer's contract with its links to the detainer it follows and the one that followed it elsewhere.</summary>
    public static async Task<DetainerResponse> ResponseAsync(AppDbContext db, DetainerDetails details, CancellationToken ct)
    {
        var follows = await db.Detainers.Where(d => d.Id == details.Id).Select(d => d.FollowsDetainerId).SingleOrDefaultAsync(ct);
        var followedBy = await db.Detainers.Where(d => d.FollowsDetainerId == details.Id).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
        return DetainerResponse.From(details) with { FollowsDetainerId = follows, FollowedByDetainerId = followedBy };
    }
}
