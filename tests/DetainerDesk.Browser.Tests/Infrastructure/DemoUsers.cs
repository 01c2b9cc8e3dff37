namespace DetainerDesk.Browser.Tests.Infrastructure;

/// <summary>The demo accounts the journey uses (src/DetainerDesk.Data/Seeding/DemoAccounts.cs) and the password the factory sets.</summary>
public static class DemoUsers
{
    /// <summary>Only for this throw-away database; at least 15 characters, as the password policy requires.</summary>
    public const string Password = "browser-journey-demo-passphrase";

    /// <summary>ICE officer, Seattle field office.</summary>
    public const string Officer = "officer@demo.detainerdesk.test";
    /// <summary>Clerk of the King County, WA jail agency (WA0330100).</summary>
    public const string Clerk = "clerk@demo.detainerdesk.test";
    /// <summary>Clerk of the Pierce County Sheriff's Department, another agency in the same field office's area.</summary>
    public const string OtherAgencyClerk = "clerk2@demo.detainerdesk.test";
    public const string Analyst = "analyst@demo.detainerdesk.test";
    public const string Auditor = "auditor@demo.detainerdesk.test";
    /// <summary>Administrator at headquarters: rule sets, the mail outbox, failed webhook deliveries.</summary>
    public const string Administrator = "admin@demo.detainerdesk.test";
    /// <summary>Supervisor of the King County agency: manages its webhook subscriptions.</summary>
    public const string AgencySupervisor = "agency.supervisor@demo.detainerdesk.test";

    /// <summary>The King County agency's main jail, and the agency's name as the success message shows it.</summary>
    public const string ClerkFacility = "King County Correctional Facility";
    public const string ClerkAgency = "King County Department of Adult and Juvenile Detention";
}
