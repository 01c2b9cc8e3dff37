using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Infrastructure;

namespace DetainerDesk.Web.Features.Fugitive;

/// <summary>
/// The at-large cases a caller may see, as a WHERE clause: a field office its own cases, headquarters all, a local
/// agency none (the follow-up after a release is ICE's work). Another office's case is therefore simply not found.
/// </summary>
public static class AtLargeCaseScope
{
    /// <summary>The roles that work at-large cases; agencies' staff never see them.</summary>
    public const string Roles = $"{DetainerDesk.Domain.Organisations.Roles.IceOfficer},{DetainerDesk.Domain.Organisations.Roles.IceSupervisor},"
        + $"{DetainerDesk.Domain.Organisations.Roles.Analyst},{DetainerDesk.Domain.Organisations.Roles.Administrator}";

    public static IQueryable<AtLargeCase> VisibleTo(this IQueryable<AtLargeCase> cases, Caller caller) => caller.OrganisationKind switch
    {
        OrganisationKind.FieldOffice => cases.Where(c => c.FieldOfficeId == caller.OrganisationId),
        OrganisationKind.Headquarters => cases,
        _ => cases.Where(c => false),
    };
}
