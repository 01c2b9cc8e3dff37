using System.Text.Json;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Linkage;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.People;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.People;

/// <summary>One merge: who, when, why, what moved, and the form that undoes it exactly.</summary>
[Authorize(Policy = PersonMatchingSetup.ResolveIdentities)]
public sealed class MergeModel(AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public PersonMerge Merge { get; private set; } = null!;
    public PersonSnapshot Absorbed { get; private set; } = null!;
    public Person? Survivor { get; private set; }
    public int MovedBookings { get; private set; }
    public int MovedDetainers { get; private set; }
    public string? Reason { get; private set; }
    public string? ReasonError { get; private set; }
    public string? Refusal { get; private set; }
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        await audit.RecordAsync(HttpContext.GetCaller().Actor, "person.merge.read", "PersonMerge", id.ToString(), cancellationToken: ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUnmergeAsync(Guid id, string? reason, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Reason = reason;
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > PersonMerges.MaxReasonLength)
        {
            ReasonError = $"Give the reason for undoing the merge (at most {PersonMerges.MaxReasonLength} characters).";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var outcome = await PersonMerges.UnmergeAsync(db, audit, clock, HttpContext.GetCaller().Actor, id, reason, ct);
        if (outcome is MergeOutcome.Refused refused)
        {
            Refusal = refused.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData["Success"] = "The merge is undone: both persons and their bookings and detainers are as they were before it.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.PersonMerges.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct) is not { } merge) return false;
        Merge = merge;
        Absorbed = PersonSnapshot.FromJson(merge.AbsorbedJson);
        Survivor = await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == merge.SurvivorId, ct);
        MovedBookings = JsonSerializer.Deserialize<List<Guid>>(merge.MovedBookingIdsJson)?.Count ?? 0;
        MovedDetainers = JsonSerializer.Deserialize<List<Guid>>(merge.MovedDetainerIdsJson)?.Count ?? 0;
        Names = await ActorNames.ForAsync(db, [merge.MergedBy, merge.UnmergedBy], ct);
        return true;
    }
}
