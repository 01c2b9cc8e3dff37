using DetainerDesk.Domain.Common;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>The receiving agency's next steps on the detainer page; the same rules and law checks as the API.</summary>
public sealed partial class DetailsModel
{
    /// <summary>The agency's steps, in the order a detainer usually goes through them.</summary>
    private static readonly DetainerAction[] AgencySteps =
    [
        DetainerAction.RecordDecision, DetainerAction.RecordService, DetainerAction.RecordReleaseEligible,
        DetainerAction.StartHold, DetainerAction.TransferToIce, DetainerAction.ReleaseDeclined,
    ];

    public IReadOnlyList<DetainerAction> AvailableSteps { get; private set; } = [];

    private static List<DetainerAction> StepsOffered(DetainerStatus status) =>
        [.. AgencySteps.Where(a => DetainerTransitions.Decide(status, a).Refusal is null)];

    public async Task<IActionResult> OnPostStepAsync(Guid id, int? version, DetainerAction step, AgencyResponse? response,
        ReleaseTrigger? trigger, string? source, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.AcknowledgeDetainers)).Succeeded) return Forbid();
        var caller = HttpContext.GetCaller();
        var details = await DetainerQueries.FindAsync(db, caller, id, ct);
        if (details is null) return NotFound();

        var now = clock.GetUtcNow().UtcDateTime;
        TransitionInput Input(string reason, string? evidence = null) => new(caller.ActorId, now, reason, new TransitionEvidence(evidence ?? caller.DisplayName));
        Func<Detainer, DomainError?> apply = step switch
        {
            DetainerAction.RecordDecision when response is { } r => await AgencyDecisions.StepAsync(db, details, r, caller.ActorId, now, null, ct),
            DetainerAction.RecordService => d => d.RecordService(Input("Copy of the detainer served on the subject")),
            DetainerAction.RecordReleaseEligible when trigger is { } t => d => d.RecordReleaseEligible(t, now, Input($"Eligible for release: {t}")),
            DetainerAction.StartHold => d => HoldClockJobs.StartHold(db, d, details.FacilityTimeZone, Input("Held on the detainer after release eligibility")),
            DetainerAction.TransferToIce => d => d.RecordTransferToIce(Input("Custody transferred to ICE")),
            DetainerAction.ReleaseDeclined => d => d.RecordReleaseDeclined(Input("Released without transfer", source ?? "")),
            _ => _ => new DomainError("step-incomplete", "Choose an answer for this step before you submit it."),
        };

        var outcome = await steps.HandleAsync(caller, id, version, $"detainer.{step}", d => Task.FromResult(apply(d)), ct);
        switch (outcome)
        {
            case StepOutcome.NotFound: return NotFound();
            case StepOutcome.StaleVersion: AcknowledgeProblem = StaleMessage; break;
            case StepOutcome.Refused refused: AcknowledgeProblem = refused.Error.Message; break;
            case StepOutcome.Done:
                TempData["Success"] = "Step recorded.";
                return RedirectToPage(new { id });
        }
        if (!await LoadAsync(id, ct)) return NotFound();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
