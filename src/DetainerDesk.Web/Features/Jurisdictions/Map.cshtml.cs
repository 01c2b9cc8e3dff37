using DetainerDesk.Data.Policies;
using System.Globalization;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Calendar;
using DetainerDesk.Domain.Cooperation;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DetainerDesk.Web.Features.Jurisdictions;

public sealed record MapCounty(string Fips, string Path, string Fill, string Title, string Href);

public sealed record MapTableRow(CountyName County, PolicyCategory Policy, OutcomeCounts Figures, string Href);

/// <summary>
/// The county map, drawn on the server as SVG: each county a link to its page, coloured by the law in force or by the
/// observed decline rate of a fiscal year, with a legend and a table of the same figures for the counties with data.
/// </summary>
[Authorize(Policy = Policies.ReadDetainers)]
public sealed class MapModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public FiscalYear Year { get; private set; }
    public YearForm YearForm { get; private set; } = null!;
    public bool ByDeclineRate { get; private set; }
    public DateOnly PolicyDay { get; private set; }
    public IReadOnlyList<MapCounty> Counties { get; private set; } = [];
    public string StateOutlines { get; private set; } = "";
    public IReadOnlyList<(MapClass Class, int Counties)> Legend { get; private set; } = [];
    public IReadOnlyList<MapTableRow> Table { get; private set; } = [];

    public async Task OnGetAsync(int? fy, string? colour, CancellationToken ct)
    {
        var scope = CooperationScope.For(HttpContext.GetCaller());
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var years = await JurisdictionQueries.FiscalYearsAsync(db, scope, FiscalYear.Of(today), ct);
        Year = years.Pick(fy);
        ByDeclineRate = colour == "decline";
        YearForm = new YearForm(Url.Page("/Jurisdictions/Map")!, years.All, Year, ByDeclineRate ? "decline" : "policy");
        PolicyDay = JurisdictionQueries.PolicyDay(Year, today);

        var atlas = CountyAtlas.Default;
        var names = await JurisdictionQueries.CountiesAsync(db, ct);
        var stateCodes = names.Values.GroupBy(c => c.Fips[..2]).ToDictionary(g => g.Key, g => (g.First().StateCode, g.First().StateName));
        CountyName NameOf(TopoShape shape) => names.GetValueOrDefault(shape.Id)
            ?? new CountyName(shape.Id, shape.Name, stateCodes.GetValueOrDefault(shape.Id[..2]).StateCode ?? "", stateCodes.GetValueOrDefault(shape.Id[..2]).StateName ?? "");
        var counties = atlas.Counties.Select(s => (Shape: s, Name: NameOf(s))).ToList();

        var engine = (await ActiveRuleBook.ForAsync(db, ct)).Engine;
        var policies = MapColours.PoliciesOn(engine, PolicyDay, counties.Select(c => (c.Shape.Id, c.Name.StateCode)));
        var figures = await JurisdictionQueries.CountyFiguresAsync(db, scope, Year, ct);

        var drawn = new List<MapCounty>(counties.Count);
        var legend = new Dictionary<MapClass, int>();
        foreach (var (shape, name) in counties)
        {
            var policy = policies[shape.Id];
            var counts = figures.GetValueOrDefault(shape.Id);
            var mapClass = ByDeclineRate ? MapColours.ForDeclineRate(counts?.DeclineRate) : MapColours.ForPolicy(policy);
            legend[mapClass] = legend.GetValueOrDefault(mapClass) + 1;
            drawn.Add(new MapCounty(shape.Id, shape.Path, mapClass.Fill, Describe(name, policy, counts), CountyHref(shape.Id)));
        }
        Counties = drawn;
        StateOutlines = string.Concat(atlas.States.Select(s => s.Path));
        List<MapClass> order = ByDeclineRate ? [.. MapColours.DeclineBins, MapColours.NoData] : [.. PolicyCategories.All.Select(MapColours.ForPolicy)];
        Legend = [.. order.Select(c => (c, legend.GetValueOrDefault(c)))];

        Table = [.. figures.Where(f => f.Value.Received > 0 && names.ContainsKey(f.Key))
            .Select(f => new MapTableRow(names[f.Key], policies.GetValueOrDefault(f.Key), f.Value, CountyHref(f.Key)))
            .OrderBy(r => r.County.StateName, StringComparer.Ordinal).ThenBy(r => r.County.Name, StringComparer.Ordinal)];
    }

    private string CountyHref(string fips) => Url.Page("/Jurisdictions/County", new { fips, fy = Year.Year })!;

    /// <summary>The county's name and figures, for the link's title (shown on hover and, by the page script, on focus).</summary>
    private string Describe(CountyName county, PolicyCategory policy, OutcomeCounts? counts)
    {
        var figures = counts is null || counts.Received == 0
            ? $"no detainers in {Year}"
            : string.Create(CultureInfo.InvariantCulture,
                $"{Year}: {counts.Received:N0} received, {counts[CooperationOutcome.Honoured]:N0} honoured, {counts[CooperationOutcome.Declined]:N0} declined, {counts[CooperationOutcome.Open]:N0} open; decline rate {JurisdictionQueries.Percent(counts.DeclineRate)}");
        return $"{county.FullName}. {PolicyCategories.Describe(policy)}. {figures}.";
    }
}
