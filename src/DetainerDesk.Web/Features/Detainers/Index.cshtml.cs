using System.Globalization;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Infrastructure;
using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>
/// The detainers the caller's organisation may see, filtered by status and facility. A plain GET form, so it works
/// without JavaScript; with htmx the form asks for the results region only and swaps it in.
/// </summary>
[Authorize(Policy = Policies.ReadDetainers)]
// Personal data: neither the browser nor a proxy may keep a copy (security.md S-12).
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(AppDbContext db, AuditLog audit) : PageModel
{
    public const int PageSize = 25;

    public DetainerStatus? Status { get; private set; }
    public Guid? Facility { get; private set; }
    /// <summary>A field officer's own detainers only (<c>?scope=mine</c>, from the dashboard's switch), within the office's.</summary>
    public bool Mine { get; private set; }
    public DetainerPage Results { get; private set; } = null!;
    public DetainerTable Table { get; private set; } = null!;
    public FacilitySelect FacilityFilter { get; private set; } = null!;
    public OrganisationKind ViewerKind { get; private set; }
    public string OrganisationName { get; private set; } = "";

    // "page" is bound from the query only: in Razor Pages the route value "page" names the page itself.
    public async Task<IActionResult> OnGetAsync(DetainerStatus? status, Guid? facility, string? scope, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default)
    {
        var caller = HttpContext.GetCaller();
        (Status, Facility, ViewerKind) = (status, facility, caller.OrganisationKind);
        Mine = caller.OrganisationKind == OrganisationKind.FieldOffice && string.Equals(scope, "mine", StringComparison.OrdinalIgnoreCase);
        OrganisationName = User.FindFirst(DeskClaims.OrganisationName)?.Value ?? "";

        Results = await DetainerQueries.ListAsync(db, caller, new DetainerFilter(status, facility, pageNumber, PageSize, Mine ? caller.ActorId : null), ct);
        await audit.RecordAsync(caller.Actor, "detainer.list", "Detainer", null,
            details: $"status={status};facility={facility};scope={(Mine ? "mine" : "all")};page={Results.Page};rows={Results.Items.Count}", cancellationToken: ct);
        Table = new DetainerTable("Detainers, newest first", "No detainers match these filters. Choose another status or facility, or clear the filters.", Results.Items, caller.OrganisationKind);

        // The same URL answers with a whole page or, for htmx, the results region: caches must tell them apart.
        Response.Htmx(h => h.WithVary());
        if (Request.IsHtmx() && !Request.IsHtmxHistoryRestoreRequest()) return Partial("_Results", this);

        FacilityFilter = new FacilitySelect("facility", "Facility", await FacilitySelect.LoadGroupsAsync(db, caller, ct), facility)
        {
            EmptyOption = "All facilities",
            GroupClass = "dd-filters__field dd-filters__field--wide",
        };
        return Page();
    }

    public string Lead => ViewerKind switch
    {
        OrganisationKind.LocalAgency => $"Detainers lodged with {OrganisationName}.",
        OrganisationKind.FieldOffice => $"Detainers issued by the {OrganisationName}.",
        OrganisationKind.Headquarters => "Detainers lodged by every field office, nationwide.",
    };

    public string Summary
    {
        get
        {
            if (Results.Total == 0) return "No detainers found";
            var first = (Results.Page - 1) * Results.PageSize + 1;
            var last = first + Results.Items.Count - 1;
            return Results.Items.Count == 0
                ? string.Create(CultureInfo.InvariantCulture, $"No detainers on page {Results.Page}; there are {Results.Total:N0} in all")
                : string.Create(CultureInfo.InvariantCulture, $"Showing {first:N0}–{last:N0} of {Results.Total:N0} detainers");
        }
    }

    /// <summary>The list's address with the current filters and another page number.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>();
        if (Status is { } status) query["status"] = status.ToString();
        if (Facility is { } facility) query["facility"] = facility.ToString();
        if (Mine) query["scope"] = "mine";
        if (page > 1) query["page"] = page.ToString(CultureInfo.InvariantCulture);
        return Url.Page("/Detainers/Index") + QueryString.Create(query);
    }
}
