using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.Policies;
using DetainerDesk.Web.Features.Detainers;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.PolicyAdmin;

/// <summary>
/// The only way a detainer's stored policy decision is recomputed: someone asks, says why, and a new evaluation is
/// stored beside the old ones (which are kept) with an audit entry.
/// </summary>
[Authorize(Roles = PolicyPanelText.ReEvaluateRoles)]
public sealed class ReEvaluateModel(AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public IActionResult OnGet(Guid id) => RedirectToPage("/Detainers/Details", new { id });

    public async Task<IActionResult> OnPostAsync(Guid id, string? reason, CancellationToken ct)
    {
        var caller = HttpContext.GetCaller();
        if (!await db.VisibleDetainers(caller).AnyAsync(d => d.Id == id, ct))
        {
            await audit.RecordAsync(caller.Actor, "detainer.policy.reevaluate", "Detainer", id.ToString(), AuditOutcomes.Denied, "not found in caller's scope", ct);
            return NotFound();
        }
        var why = string.IsNullOrWhiteSpace(reason) ? "Re-evaluation requested" : reason.Trim()[..Math.Min(reason.Trim().Length, 500)];
        var now = clock.GetUtcNow().UtcDateTime;
        var decision = await PolicyPrediction.RecordAsync(db, await PolicyPrediction.FactsAsync(db, id, ct),
            PolicyEvaluationOccasion.ReEvaluated, caller.ActorId, now, why, ct);
        audit.Add(caller.Actor, "detainer.policy.reevaluate", "Detainer", id.ToString(),
            details: $"hold={decision.HoldOnDetainer.Verdict};notify={decision.NotifyReleaseDate.Verdict};versions={string.Join(',', decision.RuleSetVersionsApplied)}");
        await db.SaveChangesAsync(ct);
        TempData["Success"] = "The law was evaluated again with the active rule sets; the earlier results are kept.";
        return RedirectToPage("/Detainers/Details", new { id });
    }
}
