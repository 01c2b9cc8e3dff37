using DetainerDesk.Domain.Common;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Web.Features.Shared;
using DetainerDesk.Web.Infrastructure;
using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>What one step form posts. Names are short and unprefixed: each form posts only the fields of its own step.</summary>
public sealed class StepForm
{
    public DetainerAction Step { get; set; }
    public int? Version { get; set; }
    public AgencyResponse? Response { get; set; }
    public ReleaseTrigger? Trigger { get; set; }
    public string? Source { get; set; }
    /// <summary>A day and time in the facility's zone: the release date, or when the person became eligible.</summary>
    public DateOnly? Date { get; set; }
    public TimeOnly? Time { get; set; }
    public ClaimKind? Kind { get; set; }
    public ClaimResolution? Resolution { get; set; }
    public string? Reason { get; set; }
    /// <summary>What lets a transfer to ICE go ahead where the law forbids it or sets a condition, e.g. a judicial warrant.</summary>
    public string? LegalBasis { get; set; }
}

/// <summary>
/// The next steps on the detainer page, for the side that takes each one: the holding agency (decision to release),
/// the issuing field office (claim outcome, lift, void) and anyone who can see the record (raise a claim). The
/// rules and law checks are those of the API; bad input gets a message beside its field.
/// </summary>
public sealed partial class DetailsModel
{
    /// <summary>The agency's steps, in the order a detainer usually goes through them.</summary>
    private static readonly DetainerAction[] AgencySteps =
    [
        DetainerAction.RecordDecision, DetainerAction.RecordService, DetainerAction.RecordReleaseDate, DetainerAction.RecordReleaseEligible,
        DetainerAction.SendNotification, DetainerAction.StartHold, DetainerAction.TransferToIce, DetainerAction.ReleaseDeclined,
    ];

    /// <summary>The issuing office's steps; UpholdClaim stands for the one form that records either outcome of a claim.</summary>
    private static readonly DetainerAction[] OfficeSteps = [DetainerAction.UpholdClaim, DetainerAction.Lift, DetainerAction.Void];

    public IReadOnlyList<DetainerAction> AvailableSteps { get; private set; } = [];
    /// <summary>The form that was posted with bad input, and the message per field ("date", "source", …).</summary>
    public StepForm? Posted { get; private set; }
    public Dictionary<string, string> FieldErrors { get; } = new(StringComparer.Ordinal);

    /// <summary>The first field with a message, for the link in the status panel's alert (the form may be far down the page).</summary>
    public string? FirstInvalidFieldId => Posted is { } posted && FieldErrors.Count > 0
        ? $"step-{posted.Step.ToString().ToLowerInvariant()}-{FieldErrors.Keys.First()}"
        : null;

    public string? ErrorFor(DetainerAction step, string field) =>
        Posted?.Step == step && FieldErrors.TryGetValue(field, out var message) ? message : null;

    private List<DetainerAction> StepsOffered(DetainerStatus status, StepFacts facts, bool agency, bool office)
    {
        IEnumerable<DetainerAction> steps = [
            .. agency ? AgencySteps : [],
            .. office ? OfficeSteps : [],
            DetainerAction.RaiseClaim,
            .. agency || office ? [DetainerAction.Close] : Array.Empty<DetainerAction>(),
        ];
        return [.. steps.Where(a => DetainerTransitions.Decide(status, a).Refusal is null && a switch
        {
            DetainerAction.RaiseClaim => facts.OpenClaim is null,
            DetainerAction.UpholdClaim => facts.OpenClaim is not null,
            // An open claim needs its outcome before the record is closed; offering Close would only earn a refusal.
            DetainerAction.Close => facts.OpenClaim is null,
            DetainerAction.SendNotification => facts.NotifiedAtUtc is null && facts.Decision is AgencyResponse.HonourHold or AgencyResponse.NotifyOnly,
            _ => true,
        })];
    }

    public async Task<IActionResult> OnPostStepAsync(Guid id, [FromForm] StepForm form, CancellationToken ct)
    {
        var policy = form.Step switch
        {
            DetainerAction.RaiseClaim => Policies.ReadDetainers,
            DetainerAction.UpholdClaim or DetainerAction.RejectClaim or DetainerAction.Lift or DetainerAction.Void => Policies.LodgeDetainers,
            DetainerAction.Close => null,
            _ => Policies.AcknowledgeDetainers,
        };
        var allowed = policy is null
            ? (await authorization.AuthorizeAsync(User, Policies.AcknowledgeDetainers)).Succeeded || (await authorization.AuthorizeAsync(User, Policies.LodgeDetainers)).Succeeded
            : (await authorization.AuthorizeAsync(User, policy)).Succeeded;
        if (!allowed) return Forbid();

        var caller = HttpContext.GetCaller();
        var details = await DetainerQueries.FindAsync(db, caller, id, ct);
        if (details is null) return NotFound();

        var now = clock.GetUtcNow().UtcDateTime;
        var apply = await BuildStepAsync(form, details, caller, now, ct);
        if (apply is null)
        {
            // Bad input: the page comes back with the entered values and a message beside each field.
            Posted = form;
            return await AnswerAsync(id, StatusCodes.Status400BadRequest, ct);
        }

        var outcome = await steps.HandleAsync(caller, id, form.Version, DetainerSteps.AuditAction(form.Step), apply, ct);
        var status = StatusCodes.Status409Conflict;
        switch (outcome)
        {
            case StepOutcome.NotFound:
                // htmx does not swap a 404; a full reload shows the not-found page.
                if (Request.IsHtmx()) Response.Htmx(h => h.Refresh());
                return NotFound();
            case StepOutcome.StaleVersion: AcknowledgeProblem = StaleMessage; break;
            case StepOutcome.Refused { Error: { Field: { } field } error }:
                // A refusal about one field (a transfer the law forbids needs its legal basis) is shown beside that field.
                Posted = form;
                FieldErrors[field] = error.Message;
                if (DetainerDesk.Domain.Detainers.Detainer.TransferRefusedByLaw.Contains(error.Code)) status = StatusCodes.Status422UnprocessableEntity;
                break;
            case StepOutcome.Refused refused: AcknowledgeProblem = refused.Error.Message; break;
            case StepOutcome.Done when !Request.IsHtmx():
                TempData["Success"] = "Step recorded.";
                return RedirectToPage(new { id });
            case StepOutcome.Done:
                StepRecorded = true;
                status = StatusCodes.Status200OK;
                break;
        }
        return await AnswerAsync(id, status, ct);
    }

    /// <summary>The page as it now stands (with the posted form's messages, if any), or for htmx only the parts a step changes.</summary>
    private async Task<IActionResult> AnswerAsync(Guid id, int status, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Response.StatusCode = status;
        return Request.IsHtmx() ? Partial("_StepResult", this) : Page();
    }

    /// <summary>
    /// The step as the API takes it (<see cref="DetainerSteps"/>: the same notices, jobs and law checks), or null (with
    /// <see cref="FieldErrors"/> filled) when the input is incomplete.
    /// </summary>
    private async Task<Func<Detainer, Task<DomainError?>>?> BuildStepAsync(StepForm form, DetainerDetails details, Caller caller, DateTime now, CancellationToken ct)
    {
        TransitionInput Input(string reason, string? source = null) => new(caller.ActorId, now, reason, new TransitionEvidence(source ?? caller.DisplayName));
        var only = DetainerSteps.Only;
        var zone = details.FacilityTimeZone;
        switch (form.Step)
        {
            case DetainerAction.RecordDecision:
                if (form.Response is not { } response) return Missing("response", "Choose your agency's decision.");
                return only(await AgencyDecisions.StepAsync(db, details, response, caller.ActorId, now, null, ct));
            case DetainerAction.RecordService:
                return only(d => d.RecordService(Input("Copy of the detainer served on the subject")));
            case DetainerAction.RecordReleaseDate:
                if (LocalInstant(form, zone, required: true) is not { } release) return null;
                // Without a time the day alone counts: today is still a valid release date.
                var past = form.Time is null ? form.Date < FacilityLocalInput.Today(now, zone) : release < now;
                if (past) return Missing("date", "The release date is in the past. If the person can be released now, record release eligibility instead.");
                return DetainerSteps.ReleaseDate(db, release, reason => Input(reason), ct);
            case DetainerAction.RecordReleaseEligible:
                if (form.Trigger is not { } trigger) return Missing("trigger", "Choose why the person is now eligible for release.");
                var since = LocalInstant(form, zone, required: false);
                if (FieldErrors.Count > 0) return null;
                if (since > now) return Missing("date", "Eligibility is recorded once it has happened; for a future day, record the release date.");
                return only(d => d.RecordReleaseEligible(trigger, since ?? now, Input($"Eligible for release: {trigger}")));
            case DetainerAction.SendNotification:
                return DetainerSteps.Notify(db, clock, Input("ICE notified of the release"), legalBasis: null, ct);
            case DetainerAction.StartHold:
                return DetainerSteps.Hold(db, Input("Held on the detainer after release eligibility"), ct);
            case DetainerAction.TransferToIce:
                var basis = string.IsNullOrWhiteSpace(form.LegalBasis) ? null : form.LegalBasis.Trim();
                // With a legal basis the document behind it must be named: the clerk's own name is no evidence of a warrant.
                var document = basis is null ? null : form.Source?.Trim() ?? "";
                return DetainerSteps.TransferToIce(db, Input("Custody transferred to ICE", document), basis, ct);
            case DetainerAction.ReleaseDeclined:
                if (!new TransitionEvidence(form.Source ?? "").HasSource)
                    return Missing("source", "Say where the fact of the release comes from, e.g. the jail's release log. Unknown is not declined.");
                return only(d => d.RecordReleaseDeclined(Input("Released without transfer", form.Source!.Trim())));
            case DetainerAction.RaiseClaim:
                if (form.Kind is not { } kind) Missing("kind", "Choose whether the person claims US citizenship or to be a crime victim.");
                if (!new TransitionEvidence(form.Source ?? "").HasSource) Missing("source", "Say who raised the claim and how, e.g. the subject at intake.");
                if (FieldErrors.Count > 0) return null;
                return DetainerSteps.RaiseClaim(db, clock, form.Kind!.Value, Input($"{form.Kind} claim raised", form.Source!.Trim()));
            case DetainerAction.UpholdClaim or DetainerAction.RejectClaim:
                if (form.Resolution is null) Missing("resolution", "Choose whether the claim is upheld or rejected.");
                RequireReason(form, "Say what the claim's resolution rests on, e.g. a birth certificate checked.");
                if (FieldErrors.Count > 0) return null;
                form.Step = DetainerAction.UpholdClaim;
                return only(d => d.ResolveClaim(form.Resolution!.Value, Input(form.Reason!.Trim())));
            case DetainerAction.Lift or DetainerAction.Void:
                var lift = form.Step == DetainerAction.Lift;
                if (!RequireReason(form, lift ? "Say why the office lifts the detainer." : "Name the order or settlement that voids the detainer.")) return null;
                return DetainerSteps.End(db, clock, form.Step, Input(form.Reason!.Trim()));
            case DetainerAction.Close:
                return only(d => d.Close(Input("Closed for the record")));
            default:
                return Missing("step", "This step cannot be taken from this page.");
        }
    }

    private Func<Detainer, Task<DomainError?>>? Missing(string field, string message)
    {
        FieldErrors[field] = message;
        return null;
    }

    private bool RequireReason(StepForm form, string message)
    {
        if (!string.IsNullOrWhiteSpace(form.Reason)) return true;
        FieldErrors["reason"] = message;
        return false;
    }

    /// <summary>The posted day and time read in the facility's zone; a bad or missing part gets its own field message.</summary>
    private DateTime? LocalInstant(StepForm form, string zone, bool required)
    {
        // A value the binder could not read (e.g. 2026-02-30) is not silently treated as empty.
        if (ModelState.TryGetValue(nameof(StepForm.Date), out var badDate) && badDate.Errors.Count > 0)
        {
            Missing("date", "Enter a real date.");
            return null;
        }
        if (ModelState.TryGetValue(nameof(StepForm.Time), out var badTime) && badTime.Errors.Count > 0)
        {
            Missing("time", "Enter a time such as 2:30 PM.");
            return null;
        }
        if (form.Date is not { } day)
        {
            if (required) Missing("date", "Enter the release date.");
            else if (form.Time is not null) Missing("date", "Enter the day as well as the time, or leave both empty for now.");
            return null;
        }
        if (form.Time is not { } time)
        {
            if (!required) { Missing("time", "Enter the time as well as the day."); return null; }
            time = TimeOnly.MinValue;
        }
        var utc = FacilityLocalInput.ToUtc(day, time, zone);
        if (utc is null) Missing("time", "That time does not exist at the facility (the clocks go forward then).");
        return utc;
    }
}
