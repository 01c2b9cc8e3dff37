using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Calendar;
using DetainerDesk.Domain.Cooperation;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Jurisdictions;

/// <summary>A county by its FIPS code, with its state: names are for people, the code is the key (many "Washington County"s).</summary>
public sealed record CountyName(string Fips, string Name, string StateCode, string StateName)
{
    public string FullName => $"{Name}, {StateCode}";
}

public static class JurisdictionQueries
{
    /// <summary>
    /// The ordinary detainer a policy category describes: an I-247A with a Box 1(c) basis and an I-200 warrant, nothing
    /// else on file — asked of the rule book in force in the database (an administrator's edit shows at once).
    /// </summary>
    public static PolicyDecision PolicyFor(PolicyEngine engine, Jurisdiction place, DateOnly day, Agreement287g agreement = Agreement287g.None) =>
        engine.Evaluate(new PolicyInputs(place, day, DetainerFormType.I247A, ProbableCauseBasis.BiometricAndDatabaseRecords,
            [WarrantKind.AdministrativeI200], Convictions: [], Charges: [], Registries: [], Flags: [], agreement));

    /// <summary>The day whose law a fiscal year's page shows: its last day, or today while the year is running.</summary>
    public static DateOnly PolicyDay(FiscalYear year, DateOnly today) => year.LastDay < today ? year.LastDay : today;

    public static async Task<Dictionary<string, CountyName>> CountiesAsync(AppDbContext db, CancellationToken ct) =>
        (await (from c in db.Counties
                join s in db.States on c.StateFips equals s.Fips
                select new CountyName(c.Fips, c.Name, s.Code, s.Name))
            .AsNoTracking().ToListAsync(ct))
        .ToDictionary(c => c.Fips, StringComparer.Ordinal);

    public static Task<CountyName?> CountyAsync(AppDbContext db, string fips, CancellationToken ct) =>
        (from c in db.Counties
         where c.Fips == fips
         join s in db.States on c.StateFips equals s.Fips
         select new CountyName(c.Fips, c.Name, s.Code, s.Name))
        .AsNoTracking().SingleOrDefaultAsync(ct);

    /// <summary>Outcome counts per county for one fiscal year, counted by the database.</summary>
    public static async Task<Dictionary<string, OutcomeCounts>> CountyFiguresAsync(AppDbContext db, CooperationScope scope, FiscalYear year, CancellationToken ct)
    {
        var groups = await CooperationRows.Facts(db, scope).LodgedIn(year)
            .GroupBy(r => new { r.CountyFips, r.Status, r.BeforeClose, r.Notified, r.Held })
            .Select(g => new { g.Key.CountyFips, Outcome = new OutcomeKey { Status = g.Key.Status, BeforeClose = g.Key.BeforeClose, Notified = g.Key.Notified, Held = g.Key.Held }, Count = g.Count() })
            .ToListAsync(ct);
        var figures = new Dictionary<string, OutcomeCounts>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            if (!figures.TryGetValue(g.CountyFips, out var counts)) figures[g.CountyFips] = counts = new OutcomeCounts();
            counts.Add(g.Outcome.Outcome, g.Count);
        }
        return figures;
    }

    /// <summary>The fiscal years to choose from (those with detainers in scope, and the current one), newest first.</summary>
    /// <param name="Default">The newest year with detainers, or the current year when there are none.</param>
    public sealed record YearChoice(IReadOnlyList<FiscalYear> All, FiscalYear Default)
    {
        public FiscalYear Pick(int? wanted) => wanted is { } y && All.Contains(new FiscalYear(y)) ? new FiscalYear(y) : Default;
    }

    /// <summary>From the first to the last year with detainers in scope: two index look-ups (MIN and MAX of the lodging time), not a scan.</summary>
    public static async Task<YearChoice> FiscalYearsAsync(AppDbContext db, CooperationScope scope, FiscalYear current, CancellationToken ct)
    {
        var detainers = scope.AgencyId is { } agency ? db.Detainers.Where(d => d.ReceivingAgencyId == agency) : db.Detainers;
        var first = await detainers.MinAsync(d => (DateTime?)d.LodgedAtUtc, ct);
        var last = await detainers.MaxAsync(d => (DateTime?)d.LodgedAtUtc, ct);
        if (first is not { } from || last is not { } to) return new YearChoice([current], current);
        var (oldest, newest) = (FiscalYear.Of(from).Year, FiscalYear.Of(to).Year);
        var years = Enumerable.Range(oldest, newest - oldest + 1).Append(current.Year).Distinct().OrderDescending().Select(y => new FiscalYear(y));
        return new YearChoice([.. years], new FiscalYear(newest));
    }

    public sealed record AgencyInCounty(Guid Id, string Code, string Name, int Facilities);

    /// <summary>The agencies with a facility in the county, by code; an agency user sees only their own.</summary>
    public static async Task<List<AgencyInCounty>> AgenciesInAsync(AppDbContext db, CooperationScope scope, string fips, CancellationToken ct) =>
        [.. (await (from f in db.Facilities
                    where f.CountyFips == fips
                    join a in db.Organisations on f.AgencyId equals a.Id
                    group f by new { a.Id, a.Code, a.Name } into g
                    select new AgencyInCounty(g.Key.Id, g.Key.Code, g.Key.Name, g.Count()))
                .AsNoTracking().ToListAsync(ct))
            .Where(a => scope.MaySee(a.Id))
            .OrderBy(a => a.Code, StringComparer.Ordinal)];

    /// <summary>Counties that have at least one facility, with how many agencies and facilities: the rows of the jurisdiction list.</summary>
    public static async Task<List<(string Fips, int Agencies, int Facilities)>> CountiesWithFacilitiesAsync(AppDbContext db, CooperationScope scope, CancellationToken ct)
    {
        var facilities = db.Facilities.AsQueryable();
        if (scope.AgencyId is { } agency) facilities = facilities.Where(f => f.AgencyId == agency);
        var rows = await facilities.GroupBy(f => f.CountyFips)
            .Select(g => new { Fips = g.Key, Agencies = g.Select(f => f.AgencyId).Distinct().Count(), Facilities = g.Count() })
            .ToListAsync(ct);
        return [.. rows.Select(r => (r.Fips, r.Agencies, r.Facilities))];
    }

    public static string Percent(double? rate) => rate is { } r ? r.ToString("P0", System.Globalization.CultureInfo.InvariantCulture) : "no data";
}
