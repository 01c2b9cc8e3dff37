using DetainerDesk.Data.Policies;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Calendar;
using DetainerDesk.Domain.Cooperation;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Domain.Policies;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Jurisdictions;

public sealed record FacilityLaw(string Name, string City, string CountyFips, PolicyDecision Policy);

/// <summary>One local agency, by its code (or id): the law at each of its facilities and its cooperation record. An agency's users see only their own.</summary>
[Authorize(Policy = Policies.ReadDetainers)]
public sealed class AgencyModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public Organisation Agency { get; private set; } = null!;
    public CountyName? County { get; private set; }
    public IReadOnlyList<FacilityLaw> Facilities { get; private set; } = [];
    public CooperationRecord Record { get; private set; } = null!;
    public YearForm YearForm { get; private set; } = null!;

    public string Agreement287gName => Agency.Agreement287g switch
    {
        DetainerDesk.Domain.Policies.Agreement287g.JailEnforcement => "Jail Enforcement",
        DetainerDesk.Domain.Policies.Agreement287g.TaskForce => "Task Force",
        DetainerDesk.Domain.Policies.Agreement287g.WarrantServiceOfficer => "Warrant Service Officer",
        _ => "no",
    };

    public async Task<IActionResult> OnGetAsync(string id, int? fy, CancellationToken ct)
    {
        var agencies = db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.LocalAgency);
        var agency = Guid.TryParse(id, out var guid)
            ? await agencies.SingleOrDefaultAsync(o => o.Id == guid, ct)
            : await agencies.SingleOrDefaultAsync(o => o.Code == id, ct);
        var scope = CooperationScope.For(HttpContext.GetCaller());
        // Another agency's record is not found rather than forbidden: its existence is not the caller's business either.
        if (agency is null || !scope.MaySee(agency.Id)) return NotFound();
        Agency = agency;

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var years = await JurisdictionQueries.FiscalYearsAsync(db, scope, FiscalYear.Of(today), ct);
        int? wanted = fy is { } y && years.All.Contains(new FiscalYear(y)) ? y : null;
        Record = await CooperationRecords.LoadAsync(db, scope, null, agency.Id, wanted, FiscalYear.Of(today), ct);
        var day = JurisdictionQueries.PolicyDay(Record.Selected, today);

        var engine = (await ActiveRuleBook.ForAsync(db, ct)).Engine;
        var facilities = await db.Facilities.AsNoTracking().Where(f => f.AgencyId == agency.Id).OrderBy(f => f.Name).ToListAsync(ct);
        Facilities = [.. facilities.Select(f => new FacilityLaw(f.Name, f.City, f.CountyFips,
            JurisdictionQueries.PolicyFor(engine, new Jurisdiction(f.StateCode, f.CountyFips, f.City, agency.Code), day, agency.Agreement287gOn(day))))];
        if ((agency.CountyFips ?? facilities.FirstOrDefault()?.CountyFips) is { } fips)
            County = await JurisdictionQueries.CountyAsync(db, fips, ct);
        YearForm = new YearForm(Url.Page("/Jurisdictions/Agency", new { id = agency.Code })!, years.All, Record.Selected, null);
        return Page();
    }
}
