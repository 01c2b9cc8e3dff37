using DetainerDesk.Data.Identity;
using DetainerDesk.Domain.Organisations;
using Microsoft.AspNetCore.Identity;

namespace DetainerDesk.Data.Seeding;

/// <summary>A demo account to create: its id is fixed by the seed so that detainers can name who lodged and received them.</summary>
public sealed record DemoAccountPlan(string UserId, string Email, string Role, string OrganisationCode, string DisplayName);

/// <summary>
/// One demo user per role: ICE staff in the Seattle field office, agency staff in a King County jail (plus a second
/// clerk in Pierce County, to show that agencies never see each other's detainers), HQ staff for the rest.
/// </summary>
public static class DemoAccounts
{
    public const string EmailDomain = "demo.detainerdesk.test";

    private static readonly (string Local, string Role, string OrganisationCode, string DisplayName)[] Accounts =
    [
        ("officer", Roles.IceOfficer, DemoAgencies.DemoAor, "Demo ICE Officer (Seattle)"),
        ("supervisor", Roles.IceSupervisor, DemoAgencies.DemoAor, "Demo ICE Supervisor (Seattle)"),
        ("clerk", Roles.AgencyClerk, DemoAgencies.DemoClerkAgency, "Demo Clerk (King County)"),
        ("agency.supervisor", Roles.AgencySupervisor, DemoAgencies.DemoClerkAgency, "Demo Agency Supervisor (King County)"),
        ("clerk2", Roles.AgencyClerk, DemoAgencies.SecondClerkAgency, "Demo Clerk (Pierce County)"),
        ("analyst", Roles.Analyst, DemoAgencies.HeadquartersCode, "Demo Analyst (HQ)"),
        ("tips", Roles.TipReviewer, DemoAgencies.HeadquartersCode, "Demo Tip Reviewer (HQ)"),
        ("auditor", Roles.Auditor, DemoAgencies.HeadquartersCode, "Demo Auditor (HQ)"),
        ("admin", Roles.Administrator, DemoAgencies.HeadquartersCode, "Demo Administrator (HQ)"),
    ];

    public static string Email(string local) => $"{local}@{EmailDomain}";

    /// <summary>The accounts for a seed, with user ids drawn from their own seeded stream.</summary>
    public static IReadOnlyList<DemoAccountPlan> Plan(int seed)
    {
        var random = new DemoRandom(unchecked(seed ^ 0x0ACC0047));
        return Accounts.Select(a => new DemoAccountPlan(random.NextGuid().ToString(), Email(a.Local), a.Role, a.OrganisationCode, a.DisplayName)).ToList();
    }

    /// <summary>Fails before anything is written if the password would be refused, so a bad Demo:Password seeds nothing.</summary>
    public static async Task EnsurePasswordAcceptedAsync(UserManager<AppUser> users, string password)
    {
        if (string.IsNullOrWhiteSpace(password))
            throw new InvalidOperationException("No demo password given: set Demo:Password (at least 15 characters).");
        var probe = new AppUser { UserName = Email("probe"), Email = Email("probe"), DisplayName = "probe" };
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, probe, password);
            if (!result.Succeeded)
                throw new InvalidOperationException("The demo password is refused: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>Creates the roles that do not exist yet, then the users, each in its role and organisation.</summary>
    public static async Task CreateAsync(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IReadOnlyList<DemoAccountPlan> plans,
        DemoWorld world, string password)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");

        foreach (var plan in plans)
        {
            var user = new AppUser
            {
                Id = plan.UserId,
                UserName = plan.Email,
                Email = plan.Email,
                EmailConfirmed = true,
                DisplayName = plan.DisplayName,
                OrganisationId = world.ByCode(plan.OrganisationCode).Id,
            };
            Check(await users.CreateAsync(user, password), plan.Email);
            Check(await users.AddToRoleAsync(user, plan.Role), plan.Email);
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create demo {what}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
