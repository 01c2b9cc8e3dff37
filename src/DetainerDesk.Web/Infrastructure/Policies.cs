using DetainerDesk.Domain.Organisations;
using Microsoft.AspNetCore.Authorization;

namespace DetainerDesk.Web.Infrastructure;

/// <summary>Who may do what. Which records they may do it to is decided in the queries (scope), not here.</summary>
public static class Policies
{
    public const string ReadDetainers = nameof(ReadDetainers);
    public const string LodgeDetainers = nameof(LodgeDetainers);
    public const string AcknowledgeDetainers = nameof(AcknowledgeDetainers);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(ReadDetainers, p => p.RequireAuthenticatedUser().RequireRole(
            Roles.IceOfficer, Roles.IceSupervisor, Roles.AgencyClerk, Roles.AgencySupervisor, Roles.Analyst, Roles.Administrator));
        options.AddPolicy(LodgeDetainers, p => p.RequireAuthenticatedUser()
            .RequireRole(Roles.IceOfficer, Roles.IceSupervisor)
            .RequireClaim(DeskClaims.OrganisationKind, nameof(OrganisationKind.FieldOffice)));
        options.AddPolicy(AcknowledgeDetainers, p => p.RequireAuthenticatedUser()
            .RequireRole(Roles.AgencyClerk, Roles.AgencySupervisor)
            .RequireClaim(DeskClaims.OrganisationKind, nameof(OrganisationKind.LocalAgency)));
    }
}
