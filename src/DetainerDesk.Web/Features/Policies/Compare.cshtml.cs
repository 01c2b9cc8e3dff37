using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.Policies;
using DetainerDesk.Domain.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.PolicyAdmin;

/// <summary>One version of a rule set beside the version before it, line by line.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class CompareModel(AppDbContext db) : PageModel
{
    public StoredRuleSet New { get; private set; } = null!;
    public StoredRuleSet? Old { get; private set; }
    public string NewAuthor { get; private set; } = "";
    public IReadOnlyList<DiffRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string ruleSetId, int version, CancellationToken ct)
    {
        var pair = await db.RuleSetVersions.AsNoTracking()
            .Where(r => r.RuleSetId == ruleSetId && (r.Version == version || r.Version == version - 1))
            .ToListAsync(ct);
        if (pair.SingleOrDefault(r => r.Version == version) is not { } current) return NotFound();
        New = current;
        Old = pair.SingleOrDefault(r => r.Version == version - 1);
        NewAuthor = (await RuleSetAuthors.NamesAsync(db, [New.CreatedBy], ct))[New.CreatedBy];
        Rows = LineDiff.Compare(Old?.Json ?? "", New.Json);
        return Page();
    }
}
