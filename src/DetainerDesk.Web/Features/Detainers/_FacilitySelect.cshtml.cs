using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>Facilities of one state, shown as an &lt;optgroup&gt;: several states have a "Downtown Detention Center".</summary>
public sealed record FacilityGroup(string StateName, IReadOnlyList<FacilityOption> Facilities);

/// <summary>A facility &lt;select&gt; in USWDS markup (the list filter and the lodge form), rendered by _FacilitySelect.cshtml.</summary>
public sealed record FacilitySelect(string Name, string Label, IReadOnlyList<FacilityGroup> Groups, Guid? Selected)
{
    public string EmptyOption { get; init; } = "- Select -";
    public string? Hint { get; init; }
    public string? Error { get; init; }
    public string? GroupClass { get; init; }

    public string Id => TagBuilder.CreateSanitizedId(Name, "_");
    public string? DescribedBy => Error is null ? Hint is null ? null : Id + "-hint" : Hint is null ? Id + "-error" : $"{Id}-hint {Id}-error";

    /// <summary>The facilities the caller may pick (DetainerQueries.FacilitiesAsync), grouped by state name.</summary>
    public static async Task<IReadOnlyList<FacilityGroup>> LoadGroupsAsync(AppDbContext db, Caller caller, CancellationToken ct)
    {
        var facilities = await DetainerQueries.FacilitiesAsync(db, caller, ct);
        var stateNames = await db.States.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Name, ct);
        return facilities
            .GroupBy(f => f.StateCode)
            .Select(g => new FacilityGroup(stateNames.GetValueOrDefault(g.Key, g.Key), g.OrderBy(f => f.Name, StringComparer.Ordinal).ToList()))
            .OrderBy(g => g.StateName, StringComparer.Ordinal)
            .ToList();
    }
}
