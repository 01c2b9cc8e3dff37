using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Fugitive;

public sealed record BoardCase(Guid Id, string Subject, CaseStatus Status, Guid? TeamId, string? TeamName, string? PriorityLabel, int? PriorityRank,
    string? Framework, DateTime OpenedAtUtc, string OfficeName, bool Rebooked);

public sealed record TeamLoad(Guid Id, string Code, string Name, string OfficeName, int Assigned, int Located);

/// <summary>
/// The fugitive-operations board of a field office: its unfinished cases by priority (highest first, then oldest),
/// each team's workload (cases assigned or located) and the cases no team has yet. A field office sees only its own;
/// headquarters sees every office or picks one. Subjects' names are personal data, so each view is audited.
/// </summary>
[Authorize(Roles = AtLargeCaseScope.Roles)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class BoardModel(AppDbContext db, AuditLog audit) : PageModel
{
    public const string ReadAuditAction = "atlarge.board-read";
    /// <summary>Enough for a working day's board; the rest is behind the office filter or the API.</summary>
    public const int MaxCases = 300;

    [BindProperty(SupportsGet = true)] public Guid? Office { get; set; }

    public bool IsHeadquarters { get; private set; }
    public string ScopeName { get; private set; } = "";
    public IReadOnlyList<(Guid Id, string Name)> Offices { get; private set; } = [];
    public IReadOnlyList<BoardCase> Cases { get; private set; } = [];
    public IReadOnlyList<BoardCase> Unassigned { get; private set; } = [];
    public IReadOnlyList<TeamLoad> Teams { get; private set; } = [];
    public int OpenTotal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var caller = HttpContext.GetCaller();
        IsHeadquarters = caller.OrganisationKind == OrganisationKind.Headquarters;
        Guid? officeId = caller.OrganisationKind == OrganisationKind.FieldOffice ? caller.OrganisationId : IsHeadquarters ? Office : null;
        if (!IsHeadquarters && caller.OrganisationKind != OrganisationKind.FieldOffice) return Forbid();
        if (IsHeadquarters)
            Offices = [.. (await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.FieldOffice).OrderBy(o => o.Name)
                .Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name))];
        ScopeName = officeId is { } id ? await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleOrDefaultAsync(ct) ?? "Unknown office" : "All field offices";

        var open = db.AtLargeCases.AsNoTracking().VisibleTo(caller)
            .Where(c => c.Status != CaseStatus.Arrested && c.Status != CaseStatus.Closed);
        if (officeId is { } office) open = open.Where(c => c.FieldOfficeId == office);
        OpenTotal = await open.CountAsync(ct);

        var rows = await (from c in open
                          join p in db.Persons on c.PersonId equals p.Id
                          join o in db.Organisations on c.FieldOfficeId equals o.Id
                          let current = c.Classifications.OrderByDescending(x => x.Sequence).FirstOrDefault()
                          select new
                          {
                              c.Id, p.FamilyName, p.GivenName, c.Status, c.TeamId,
                              TeamName = db.FugitiveTeams.Where(t => t.Id == c.TeamId).Select(t => t.Name).FirstOrDefault(),
                              Label = current == null ? null : current.PriorityLabel,
                              Rank = current == null ? (int?)null : current.PriorityRank,
                              FrameworkId = current == null ? null : current.FrameworkId,
                              c.OpenedAtUtc, Office = o.Name, c.RebookingId,
                          })
            .OrderBy(r => r.Rank == null).ThenBy(r => r.Rank).ThenBy(r => r.OpenedAtUtc).Take(MaxCases).ToListAsync(ct);
        Cases = [.. rows.Select(r => new BoardCase(r.Id, $"{r.FamilyName}, {r.GivenName}", r.Status, r.TeamId, r.TeamName, r.Label, r.Rank, r.FrameworkId,
            r.OpenedAtUtc, r.Office, r.RebookingId is not null))];
        Unassigned = [.. Cases.Where(c => c.TeamId is null)];

        var teams = db.FugitiveTeams.AsNoTracking().Where(t => t.Active);
        if (officeId is { } teamOffice) teams = teams.Where(t => t.FieldOfficeId == teamOffice);
        else if (caller.OrganisationKind == OrganisationKind.FieldOffice) teams = teams.Where(t => t.FieldOfficeId == caller.OrganisationId);
        Teams = await (from t in teams
                       join o in db.Organisations on t.FieldOfficeId equals o.Id
                       let assigned = db.AtLargeCases.Count(c => c.TeamId == t.Id && c.Status == CaseStatus.Assigned)
                       let located = db.AtLargeCases.Count(c => c.TeamId == t.Id && c.Status == CaseStatus.Located)
                       orderby assigned + located descending, t.Code
                       select new TeamLoad(t.Id, t.Code, t.Name, o.Name, assigned, located)).Take(MaxCases).ToListAsync(ct);

        await audit.RecordAsync(caller.Actor, ReadAuditAction, "FieldOffice", officeId?.ToString() ?? "all", AuditOutcomes.Success, $"cases={Cases.Count}", ct);
        return Page();
    }
}
