using System.Security.Claims;
using DetainerDesk.Domain.Organisations;

namespace DetainerDesk.Web.Features.PolicyAdmin;

/// <summary>Words and permissions for the stored policy panel on the detainer page.</summary>
public static class PolicyPanelText
{
    /// <summary>Those who act on a detainer, and administrators; analysts and auditors only read.</summary>
    public const string ReEvaluateRoles = $"{Roles.IceOfficer},{Roles.IceSupervisor},{Roles.AgencyClerk},{Roles.AgencySupervisor},{Roles.Administrator}";

    public static bool MayReEvaluate(ClaimsPrincipal user) => ReEvaluateRoles.Split(',').Any(user.IsInRole);

    public static string Occasion(string occasion) => occasion switch
    {
        "Lodged" => "when the detainer was lodged",
        "AgencyDecision" => "when the agency recorded its decision",
        "ReEvaluated" => "re-evaluated on request",
        _ => occasion,
    };
}
