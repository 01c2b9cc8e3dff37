namespace DetainerDesk.Domain.Organisations;

/// <summary>The roles of DetainerDesk's users. Each staff user holds one role inside one organisation.</summary>
public static class Roles
{
    public const string IceOfficer = "IceOfficer";
    public const string IceSupervisor = "IceSupervisor";
    public const string AgencyClerk = "AgencyClerk";
    public const string AgencySupervisor = "AgencySupervisor";
    public const string Analyst = "Analyst";
    public const string TipReviewer = "TipReviewer";
    public const string Auditor = "Auditor";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All =
        [IceOfficer, IceSupervisor, AgencyClerk, AgencySupervisor, Analyst, TipReviewer, Auditor, Administrator];

    public static string DisplayName(string role) => role switch
    {
        IceOfficer => "ICE officer",
        IceSupervisor => "ICE supervisor",
        AgencyClerk => "Agency clerk",
        AgencySupervisor => "Agency supervisor",
        Analyst => "Analyst",
        TipReviewer => "Tip reviewer",
        Auditor => "Auditor",
        Administrator => "Administrator",
        _ => role,
    };
}
