using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Domain.AtLarge.Priorities;
using DetainerDesk.Domain.Common;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Fugitive;

/// <summary>What one step form posts; each form posts only its own fields. The arrest time is entered in UTC, as the record keeps it.</summary>
public sealed class CaseStepForm
{
    public int? Version { get; set; }
    public Guid? TeamId { get; set; }
    public string? Reason { get; set; }
    public string? Source { get; set; }
    public string? Reference { get; set; }
    public CloseReason? CloseReason { get; set; }
    public DateOnly? ArrestDate { get; set; }
    public TimeOnly? ArrestTime { get; set; }
    public ArrestPlace? Place { get; set; }
    public ArrestMethod? Method { get; set; }
    public string? ProbableCause { get; set; }
    public string? Priority { get; set; }
}

public sealed record TeamChoice(Guid Id, string Code, string Name, int OpenCases);

/// <summary>
/// The case's steps as forms for the owning field office's officers and supervisors, through the same
/// <see cref="AtLargeCaseSteps"/> as the API (scope, version check, rules, audit). Headquarters reads the case but
/// does not act on it. A refused step comes back with its message beside the field it concerns; a step taken
/// redirects to the case (post/redirect/get), so it works without script.
/// </summary>
public sealed partial class CaseModel
{
    [BindProperty] public CaseStepForm Form { get; set; } = new();

    /// <summary>The step form that was posted with a refusal ("assign", "locate", …), its message per field, and one without a field.</summary>
    public string? PostedStep { get; private set; }
    public Dictionary<string, string> FieldErrors { get; } = new(StringComparer.Ordinal);
    public string? StepError { get; private set; }

    public bool CanAct { get; private set; }
    public bool CanOverride { get; private set; }
    /// <summary>The office's active teams with their open assigned cases, so the officer sees the workload when assigning.</summary>
    public IReadOnlyList<TeamChoice> Teams { get; private set; } = [];
    public IReadOnlyList<PriorityLevel> PriorityChoices { get; private set; } = [];

    public string? ErrorFor(string step, string field) => PostedStep == step && FieldErrors.TryGetValue(field, out var message) ? message : null;

    public Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken ct) => StepAsync(id, "assign", AtLargeCaseSteps.AssignAction,
        c => AtLargeCaseSteps.Assign(db, c, clock, new AssignCaseRequest(Form.TeamId ?? Guid.Empty, Form.Reason), ct), ct);

    public Task<IActionResult> OnPostLocateAsync(Guid id, CancellationToken ct) => StepAsync(id, "locate", AtLargeCaseSteps.LocateAction,
        c => AtLargeCaseSteps.Locate(c, clock, new LocateCaseRequest(Form.Source, Form.Reference, Form.Reason)), ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct)
    {
        if (Form.CloseReason is not { } reason || !Enum.IsDefined(reason))
            return RefuseAsync(id, "close", new DomainError("close-reason-unknown", "Say why the case closes.", "closeReason"), ct);
        return StepAsync(id, "close", AtLargeCaseSteps.CloseAction, c => AtLargeCaseSteps.Close(c, clock, new CloseCaseRequest(reason, Form.Reason)), ct);
    }

    public Task<IActionResult> OnPostArrestAsync(Guid id, CancellationToken ct)
    {
        if (Form.ArrestDate is not { } day || Form.ArrestTime is not { } time)
            return RefuseAsync(id, "arrest", new DomainError("arrested-at-required", "Give the day and time of the arrest (UTC).", "arrestedAt"), ct);
        if (Form.Place is not { } place) return RefuseAsync(id, "arrest", new DomainError("place-unknown", "Choose where the arrest happened.", "place"), ct);
        if (Form.Method is not { } method) return RefuseAsync(id, "arrest", new DomainError("method-unknown", "Choose how the arrest came about.", "method"), ct);
        var request = new ArrestRequest(day.ToDateTime(time, DateTimeKind.Utc), place, method, Form.ProbableCause, Form.Reason);
        return StepAsync(id, "arrest", AtLargeCaseSteps.ArrestAction, c => AtLargeCaseSteps.Arrest(db, c, clock, request, ct), ct);
    }

    public Task<IActionResult> OnPostOverrideAsync(Guid id, CancellationToken ct) =>
        User.IsInRole(Roles.IceSupervisor)
            ? StepAsync(id, "override", AtLargeCaseSteps.OverrideAction, c => AtLargeCaseSteps.Override(db, c, clock, new OverrideRequest(Form.Priority, Form.Reason), ct), ct)
            : Task.FromResult<IActionResult>(Forbid());

    private async Task<IActionResult> StepAsync(Guid id, string step, string auditAction, Func<Caller, Func<AtLargeCase, Task<DomainError?>>> build, CancellationToken ct)
    {
        // The steps are the owning field office's: the same policy as the API, so headquarters and agencies are refused.
        if (!(await authorization.AuthorizeAsync(User, Policies.LodgeDetainers)).Succeeded) return Forbid();
        var caller = HttpContext.GetCaller();
        var outcome = await AtLargeCaseSteps.RunAsync(caller, db, audit, id, Form.Version, auditAction, build(caller), ct);
        return outcome.Result switch
        {
            CaseStepResult.Done => RedirectToPage(new { id }),
            CaseStepResult.NotFound => NotFound(),
            CaseStepResult.Stale => await RefuseAsync(id, step, new DomainError("version-stale", "The case changed while you were on this page; it now shows what it is. Check it and try again."), ct),
            _ => await RefuseAsync(id, step, outcome.Refusal!, ct),
        };
    }

    /// <summary>Shows the case again with the refusal beside its field (or above the form), keeping what was typed.</summary>
    private async Task<IActionResult> RefuseAsync(Guid id, string step, DomainError refusal, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        PostedStep = step;
        if (refusal.Field is { } field) FieldErrors[field] = refusal.Message;
        else StepError = refusal.Message;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadStepChoicesAsync(Caller caller, CancellationToken ct)
    {
        CanAct = caller.OrganisationKind == OrganisationKind.FieldOffice && caller.OrganisationId == Case.FieldOfficeId
            && (await authorization.AuthorizeAsync(User, Policies.LodgeDetainers)).Succeeded && !CaseStatuses.IsFinished(Case.Status);
        if (!CanAct) return;
        var officeId = Case.FieldOfficeId;
        Teams = await db.FugitiveTeams.AsNoTracking().Where(t => t.FieldOfficeId == officeId && t.Active).OrderBy(t => t.Code)
            .Select(t => new TeamChoice(t.Id, t.Code, t.Name,
                db.AtLargeCases.Count(c => c.TeamId == t.Id && (c.Status == CaseStatus.Assigned || c.Status == CaseStatus.Located))))
            .ToListAsync(ct);
        var current = Classifications.FirstOrDefault();
        CanOverride = User.IsInRole(Roles.IceSupervisor) && current is not null;
        if (current is not null && FrameworkBook.Embedded.Find(current.FrameworkId, current.FrameworkVersion) is { } framework)
            PriorityChoices = [.. framework.Priorities.OrderBy(p => p.Rank)];
    }
}
