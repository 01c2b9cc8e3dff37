using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.Policies;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Domain.Policies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.PolicyAdmin;

public sealed record RuleSetListItem(string RuleSetId, string Name, JurisdictionLayer Layer, int Version, int Versions,
    DateOnly EffectiveFrom, DateOnly? EffectiveTo, string CreatedBy, DateTime CreatedAtUtc, bool FromFile);

/// <summary>The rule sets the engine uses now: one row per jurisdiction with its active version.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<RuleSetListItem> RuleSets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = await db.RuleSetVersions.AsNoTracking()
            .Select(r => new { r.RuleSetId, r.Name, r.Layer, r.Version, r.Status, r.EffectiveFrom, r.EffectiveTo, r.CreatedBy, r.CreatedAtUtc, r.SourceFile })
            .ToListAsync(ct);
        var authors = await RuleSetAuthors.NamesAsync(db, rows.Select(r => r.CreatedBy), ct);
        RuleSets = [.. rows.GroupBy(r => r.RuleSetId)
            .Select(g => (Count: g.Count(), Active: g.FirstOrDefault(r => r.Status == RuleSetStatus.Active) ?? g.MaxBy(r => r.Version)!))
            .Select(x => new RuleSetListItem(x.Active.RuleSetId, x.Active.Name, x.Active.Layer, x.Active.Version, x.Count,
                x.Active.EffectiveFrom, x.Active.EffectiveTo, authors[x.Active.CreatedBy], x.Active.CreatedAtUtc, x.Active.SourceFile is not null))
            .OrderBy(r => r.Layer).ThenBy(r => r.RuleSetId, StringComparer.Ordinal)];
    }
}
