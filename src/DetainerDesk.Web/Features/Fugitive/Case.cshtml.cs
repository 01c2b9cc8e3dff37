using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Domain.AtLarge.Priorities;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Fugitive;

/// <summary>
/// One at-large case, if the caller's field office owns it (the query is scoped, so another office's case is a 404):
/// the person, where the case came from, its priority with the framework version, facts and rules behind it, every
/// earlier classification, and its timeline. Every read is audited, found or not.
/// </summary>
[Authorize(Roles = AtLargeCaseScope.Roles)]
// Personal data: neither the browser nor a proxy may keep a copy (security.md S-12).
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed partial class CaseModel(AppDbContext db, AuditLog audit, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public const string ReadAuditAction = "atlarge.case-read";

    public AtLargeCase Case { get; private set; } = null!;
    public string SubjectName { get; private set; } = "";
    public string? ANumber { get; private set; }
    public string OfficeName { get; private set; } = "";
    public string? TeamName { get; private set; }
    /// <summary>Newest first, as a reviewer reads them.</summary>
    public IReadOnlyList<PriorityClassification> Classifications { get; private set; } = [];
    public IReadOnlyList<CaseEvent> Timeline { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>Reads the case for display (audited); false when it is not in the caller's scope.</summary>
    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var caller = HttpContext.GetCaller();
        var found = await db.AtLargeCases.AsNoTracking().VisibleTo(caller)
            .Include(c => c.Classifications).Include(c => c.Events).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == id, ct);
        await audit.RecordAsync(caller.Actor, ReadAuditAction, "AtLargeCase", id.ToString(),
            found is null ? AuditOutcomes.Denied : AuditOutcomes.Success, found is null ? "not found in caller's scope" : null, ct);
        if (found is null) return false;

        Case = found;
        var person = await db.Persons.AsNoTracking().Where(p => p.Id == found.PersonId)
            .Select(p => new { p.FamilyName, p.GivenName, p.MiddleName, p.ANumber }).SingleAsync(ct);
        SubjectName = person.MiddleName is null ? $"{person.FamilyName}, {person.GivenName}" : $"{person.FamilyName}, {person.GivenName} {person.MiddleName}";
        ANumber = person.ANumber;
        OfficeName = await db.Organisations.Where(o => o.Id == found.FieldOfficeId).Select(o => o.Name).SingleAsync(ct);
        TeamName = found.TeamId is { } team ? await db.FugitiveTeams.Where(t => t.Id == team).Select(t => t.Name).SingleAsync(ct) : null;
        Classifications = [.. found.Classifications.OrderByDescending(c => c.Sequence)];
        Timeline = [.. found.Events.OrderBy(e => e.Version)];
        await LoadStepChoicesAsync(caller, ct);
        return true;
    }
}
