using DetainerDesk.Domain.Organisations;

namespace DetainerDesk.Data.Seeding;

/// <summary>
/// Who acts on a demo detainer: the demo accounts' user ids where the organisation has one (Seattle's officers, the
/// King County and Pierce County clerks), elsewhere a stable synthetic actor id named after the organisation.
/// </summary>
public sealed class DemoActors(IReadOnlyList<DemoAccountPlan> accounts)
{
    private readonly Dictionary<string, string> _userByOrganisationAndRole = accounts
        .GroupBy(a => a.OrganisationCode + "/" + a.Role, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().UserId, StringComparer.Ordinal);

    /// <summary>The field office's officer (now and then its supervisor) who lodges or lifts a detainer.</summary>
    public string Officer(DemoRandom random, DemoSite site)
    {
        var role = random.Chance(0.85) ? Roles.IceOfficer : Roles.IceSupervisor;
        return _userByOrganisationAndRole.TryGetValue(site.Office.Code + "/" + role, out var id) ? id : $"demo:{site.Office.Code}-officer";
    }

    /// <summary>The agency's clerk, who logs receipt of a detainer.</summary>
    public string Clerk(DemoSite site) =>
        _userByOrganisationAndRole.TryGetValue(site.Agency.Code + "/" + Roles.AgencyClerk, out var id) ? id : $"demo:{site.Agency.Code}-clerk";

    /// <summary>Agency staff recording a later step: mostly the clerk, sometimes the supervisor where the agency has one.</summary>
    public string AgencyStaff(DemoRandom random, DemoSite site) =>
        random.Chance(0.2) && _userByOrganisationAndRole.TryGetValue(site.Agency.Code + "/" + Roles.AgencySupervisor, out var id) ? id : Clerk(site);
}
