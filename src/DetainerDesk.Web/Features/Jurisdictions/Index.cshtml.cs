using DetainerDesk.Data.Policies;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Calendar;
using DetainerDesk.Domain.Cooperation;
using DetainerDesk.Domain.Policies;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DetainerDesk.Web.Features.Jurisdictions;

public sealed record CountyListRow(CountyName County, PolicyCategory Policy, int Agencies, int Facilities, OutcomeCounts Figures);

/// <summary>The jurisdictions with a facility, state by state: the law in force and the year's detainers per county.</summary>
[Authorize(Policy = Policies.ReadDetainers)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public FiscalYear Year { get; private set; }
    public IReadOnlyList<FiscalYear> Years { get; private set; } = [];
    public DateOnly PolicyDay { get; private set; }
    public IReadOnlyList<IGrouping<string, CountyListRow>> States { get; private set; } = [];

    public async Task OnGetAsync(int? fy, CancellationToken ct)
    {
        var scope = CooperationScope.For(HttpContext.GetCaller());
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var years = await JurisdictionQueries.FiscalYearsAsync(db, scope, FiscalYear.Of(today), ct);
        (Years, Year) = (years.All, years.Pick(fy));
        PolicyDay = JurisdictionQueries.PolicyDay(Year, today);

        States = [.. (await RowsAsync(db, scope, Year, PolicyDay, ct)).GroupBy(r => r.County.StateName)];
    }

    /// <summary>The page's rows, by state then county name; the export downloads exactly these.</summary>
    public static async Task<List<CountyListRow>> RowsAsync(AppDbContext db, CooperationScope scope, FiscalYear year, DateOnly policyDay, CancellationToken ct)
    {
        var engine = (await ActiveRuleBook.ForAsync(db, ct)).Engine;
        var names = await JurisdictionQueries.CountiesAsync(db, ct);
        var figures = await JurisdictionQueries.CountyFiguresAsync(db, scope, year, ct);
        var rows = (await JurisdictionQueries.CountiesWithFacilitiesAsync(db, scope, ct))
            .Where(c => names.ContainsKey(c.Fips))
            .Select(c =>
            {
                var county = names[c.Fips];
                var policy = PolicyCategories.Classify(JurisdictionQueries.PolicyFor(engine, new Jurisdiction(county.StateCode, county.Fips), policyDay));
                return new CountyListRow(county, policy, c.Agencies, c.Facilities, figures.GetValueOrDefault(c.Fips) ?? new OutcomeCounts());
            });
        return [.. rows.OrderBy(r => r.County.StateName, StringComparer.Ordinal).ThenBy(r => r.County.Name, StringComparer.Ordinal)];
    }
}
