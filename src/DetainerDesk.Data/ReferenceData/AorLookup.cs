using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.ReferenceData;

/// <summary>Which field office covered a county on a given day. Assignments run from EffectiveFrom to EffectiveTo (exclusive).</summary>
public static class AorLookup
{
    /// <summary>The AOR code for the county on that day, or null if no assignment covers it (before 2000, unknown FIPS).</summary>
    public static string? AorFor(IEnumerable<CountyAorAssignment> assignments, string countyFips, DateOnly on) =>
        assignments
            .Where(a => a.CountyFips == countyFips && a.EffectiveFrom <= on && (a.EffectiveTo == null || on < a.EffectiveTo))
            .Select(a => a.AorCode)
            .SingleOrDefault();

    /// <summary>The assignments in force on that day, as a query the database runs.</summary>
    public static IQueryable<CountyAorAssignment> ValidOn(this IQueryable<CountyAorAssignment> assignments, DateOnly on) =>
        assignments.Where(a => a.EffectiveFrom <= on && (a.EffectiveTo == null || on < a.EffectiveTo));

    /// <summary>The AOR code for the county on that day (database query), or null.</summary>
    public static Task<string?> ForCountyOnAsync(this IQueryable<CountyAorAssignment> assignments, string countyFips, DateOnly on, CancellationToken ct) =>
        assignments.ValidOn(on)
            .Where(a => a.CountyFips == countyFips)
            .Select(a => (string?)a.AorCode)
            .SingleOrDefaultAsync(ct);
}
