using DetainerDesk.Domain.Organisations;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>A table of detainers (the list page and the dashboards), rendered by _DetainerTable.cshtml; times in each facility's zone.</summary>
public sealed record DetainerTable(string Caption, string EmptyText, IReadOnlyList<DetainerListItem> Items, OrganisationKind ViewerKind)
{
    /// <summary>An agency knows its own name; ICE staff need to see which agency holds the person.</summary>
    public bool ShowAgency => ViewerKind != OrganisationKind.LocalAgency;
    /// <summary>A field office knows it issued its own detainers; agencies and headquarters want to know who did.</summary>
    public bool ShowIssuingOffice => ViewerKind != OrganisationKind.FieldOffice;
}
