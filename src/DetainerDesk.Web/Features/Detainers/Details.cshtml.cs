using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Web.Infrastructure;
using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>
/// One detainer, if the caller's organisation may see it (the query is scoped, so anyone else's is a 404). The
/// receiving agency's clerk or supervisor acknowledges receipt here; with htmx only the status panel is swapped.
/// </summary>
[Authorize(Policy = Policies.ReadDetainers)]
// Personal data: neither the browser nor a proxy may keep a copy (security.md S-12).
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed partial class DetailsModel(AppDbContext db, AuditLog audit, DetainerStepHandler steps,
    IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public const string StaleMessage =
        "Someone else changed this detainer while you had it open. Its current state is shown; check it before you act again.";

    public DetainerDetails Detainer { get; private set; } = null!;
    public bool CanAcknowledge { get; private set; }
    /// <summary>Why the last acknowledgement was refused (stale version or a rule of the state machine).</summary>
    public string? AcknowledgeProblem { get; private set; }
    /// <summary>Set after an htmx acknowledgement, whose confirmation is shown in the swapped panel instead of after a redirect.</summary>
    public bool JustAcknowledged { get; private set; }
    /// <summary>Set after a step taken with htmx, whose confirmation is shown in the swapped panel instead of after a redirect.</summary>
    public bool StepRecorded { get; private set; }
    public DateOnly Today { get; private set; }
    /// <summary>What the jurisdiction's law says about this detainer (a prediction; see <see cref="PolicyPrediction"/>).</summary>
    public DetainerDesk.Domain.Policies.PolicyDecision Policy { get; private set; } = null!;
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];
    /// <summary>The facts of the lifecycle the status panel shows and the step forms depend on.</summary>
    public StepFacts Facts { get; private set; } = StepFacts.None;
    public DateTime NowUtc { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid id, int? version, CancellationToken ct)
    {
        // Razor Pages authorise whole pages, not handlers: reading and acknowledging need different roles.
        if (!(await authorization.AuthorizeAsync(User, Policies.AcknowledgeDetainers)).Succeeded) return Forbid();

        var outcome = await steps.AcknowledgeAsync(HttpContext.GetCaller(), id, version, clock.GetUtcNow().UtcDateTime, ct);
        switch (outcome)
        {
            case StepOutcome.NotFound:
                // htmx does not swap a 404; a full reload shows the not-found page.
                if (Request.IsHtmx()) Response.Htmx(h => h.Refresh());
                return NotFound();
            case StepOutcome.StaleVersion:
                AcknowledgeProblem = StaleMessage;
                break;
            case StepOutcome.Refused refused:
                AcknowledgeProblem = refused.Error.Message;
                break;
            case StepOutcome.Done when !Request.IsHtmx():
                TempData["Success"] = "Receipt acknowledged. The issuing field office can now see that your agency has this detainer.";
                return RedirectToPage(new { id });
            case StepOutcome.Done:
                JustAcknowledged = true;
                break;
        }

        if (!await LoadAsync(id, ct)) return NotFound();
        if (AcknowledgeProblem is not null) Response.StatusCode = StatusCodes.Status409Conflict;
        // After an htmx acknowledgement the next steps change too (the decision is now open): they travel out of band.
        return Request.IsHtmx() ? Partial("_AcknowledgeResult", this) : Page();
    }

    /// <summary>Reads the detainer within the caller's scope and audits the read, found or not.</summary>
    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var caller = HttpContext.GetCaller();
        var details = await DetainerQueries.FindAsync(db, caller, id, ct);
        await audit.RecordAsync(caller.Actor, "detainer.read", "Detainer", id.ToString(),
            details is null ? AuditOutcomes.Denied : AuditOutcomes.Success, cancellationToken: ct);
        if (details is null) return false;

        Detainer = details;
        Policy = await PolicyPrediction.ForAsync(db, details, ct);
        Timeline = await DetainerTimelineQuery.ForAsync(db, id, ct);
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Facts = await StepFacts.ForAsync(db, id, ct);
        NowUtc = clock.GetUtcNow().UtcDateTime;
        // The receiving agency's clerk or supervisor takes the agency's steps, the issuing office's officers its own;
        // anyone who can see the record may raise a claim.
        var actsForAgency = details.ReceivingAgencyId == caller.OrganisationId
            && (await authorization.AuthorizeAsync(User, Policies.AcknowledgeDetainers)).Succeeded;
        // A field office sees only the detainers it issued (the query's scope), so seeing it here means it is the issuer.
        var actsForOffice = caller.OrganisationKind == DetainerDesk.Domain.Organisations.OrganisationKind.FieldOffice
            && (await authorization.AuthorizeAsync(User, Policies.LodgeDetainers)).Succeeded;
        CanAcknowledge = actsForAgency && details.Status == DetainerStatus.Lodged;
        AvailableSteps = StepsOffered(details.Status, Facts, actsForAgency, actsForOffice);
        return true;
    }

    public string SubjectName => Detainer.Subject.MiddleName is { } middle
        ? $"{Detainer.Subject.FamilyName}, {Detainer.Subject.GivenName} {middle}"
        : $"{Detainer.Subject.FamilyName}, {Detainer.Subject.GivenName}";

    public int AgeOn(DateOnly day)
    {
        var born = Detainer.Subject.DateOfBirth;
        var age = day.Year - born.Year;
        return born.AddYears(age) > day ? age - 1 : age;
    }
}
