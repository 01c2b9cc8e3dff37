using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.Policies;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.PolicyAdmin;

public sealed record RuleSetVersionItem(int Version, RuleSetStatus Status, DateTime CreatedAtUtc, string CreatedBy, string ChangeNote, string ContentHash, bool FromFile);

/// <summary>
/// An administrator edits a rule set's JSON (typed or uploaded), sees every problem with its line and field, previews
/// how the edit would have answered the last year's detainers of the jurisdiction, and saves it as the next version.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class EditModel(AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    private const long MaxUploadBytes = 1024 * 1024;

    [BindProperty]
    public string? Json { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? ChangeNote { get; set; }

    public StoredRuleSet Active { get; private set; } = null!;
    public string ActiveAuthor { get; private set; } = "";
    public IReadOnlyList<RuleSetVersionItem> Versions { get; private set; } = [];
    public RuleSetProblem? Problem { get; private set; }
    public PreviewResult? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(string ruleSetId, CancellationToken ct)
    {
        if (!await LoadAsync(ruleSetId, ct)) return NotFound();
        Json = Active.Json;
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string ruleSetId, CancellationToken ct)
    {
        if (!await LoadAsync(ruleSetId, ct)) return NotFound();
        Json = await EditedTextAsync(ct);
        var (set, problem) = RuleSetEdits.Check(ruleSetId, Json ?? "");
        var caller = HttpContext.GetCaller();
        if (set is null)
        {
            Problem = problem;
            await audit.RecordAsync(caller.Actor, "policy.ruleset.preview", "RuleSet", ruleSetId, AuditOutcomes.Refused, problem?.ToString(), ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        Preview = await RuleSetPreview.RunAsync(db, set, clock.GetUtcNow().UtcDateTime, ct);
        await audit.RecordAsync(caller.Actor, "policy.ruleset.preview", "RuleSet", ruleSetId,
            details: $"detainers={Preview.Detainers};changed={Preview.ChangedDetainers}", cancellationToken: ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string ruleSetId, CancellationToken ct)
    {
        if (!await LoadAsync(ruleSetId, ct)) return NotFound();
        Json = await EditedTextAsync(ct);
        var (version, problem) = await RuleSetEdits.SaveAsync(db, audit, HttpContext.GetCaller().Actor, ruleSetId, Json ?? "",
            ChangeNote ?? "", clock.GetUtcNow().UtcDateTime, ct);
        if (version is null)
        {
            Problem = problem;
            await LoadAsync(ruleSetId, ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        TempData["Success"] = $"Saved as version {version}. New evaluations use it; decisions already stored are unchanged.";
        return RedirectToPage(new { ruleSetId });
    }

    /// <summary>An uploaded file, when one is given, replaces the text in the box.</summary>
    private async Task<string?> EditedTextAsync(CancellationToken ct)
    {
        if (Upload is not { Length: > 0 }) return Json;
        if (Upload.Length > MaxUploadBytes) return ""; // an empty text is reported as a problem
        using var reader = new StreamReader(Upload.OpenReadStream());
        return await reader.ReadToEndAsync(ct);
    }

    private async Task<bool> LoadAsync(string ruleSetId, CancellationToken ct)
    {
        var rows = await db.RuleSetVersions.AsNoTracking().Where(r => r.RuleSetId == ruleSetId)
            .OrderByDescending(r => r.Version).ToListAsync(ct);
        if (rows.Count == 0) return false;
        Active = rows.FirstOrDefault(r => r.Status == RuleSetStatus.Active) ?? rows[0];
        var authors = await RuleSetAuthors.NamesAsync(db, rows.Select(r => r.CreatedBy), ct);
        ActiveAuthor = authors[Active.CreatedBy];
        Versions = [.. rows.Select(r => new RuleSetVersionItem(r.Version, r.Status, r.CreatedAtUtc, authors[r.CreatedBy], r.ChangeNote, r.ContentHash, r.SourceFile is not null))];
        return true;
    }
}
