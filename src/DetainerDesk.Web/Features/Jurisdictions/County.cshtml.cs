using DetainerDesk.Data.Policies;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Calendar;
using DetainerDesk.Domain.Policies;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DetainerDesk.Web.Features.Jurisdictions;

/// <summary>One county, by FIPS code: the law in force, its agencies, and its cooperation record.</summary>
[Authorize(Policy = Policies.ReadDetainers)]
public sealed class CountyModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public CountyName County { get; private set; } = null!;
    public PolicyDecision Policy { get; private set; } = null!;
    public IReadOnlyList<JurisdictionQueries.AgencyInCounty> Agencies { get; private set; } = [];
    public CooperationRecord Record { get; private set; } = null!;
    public YearForm YearForm { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string fips, int? fy, CancellationToken ct)
    {
        var county = await JurisdictionQueries.CountyAsync(db, fips, ct);
        if (county is null) return NotFound();
        County = county;
        var scope = CooperationScope.For(HttpContext.GetCaller());
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var years = await JurisdictionQueries.FiscalYearsAsync(db, scope, FiscalYear.Of(today), ct);
        int? wanted = fy is { } y && years.All.Contains(new FiscalYear(y)) ? y : null;

        Record = await CooperationRecords.LoadAsync(db, scope, fips, null, wanted, FiscalYear.Of(today), ct);
        var engine = (await ActiveRuleBook.ForAsync(db, ct)).Engine;
        Policy = JurisdictionQueries.PolicyFor(engine, new Jurisdiction(county.StateCode, county.Fips), JurisdictionQueries.PolicyDay(Record.Selected, today));
        Agencies = await JurisdictionQueries.AgenciesInAsync(db, scope, fips, ct);
        YearForm = new YearForm(Url.Page("/Jurisdictions/County", new { fips })!, years.All, Record.Selected, null);
        return Page();
    }
}
