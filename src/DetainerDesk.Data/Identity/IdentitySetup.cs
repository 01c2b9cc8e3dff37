using DetainerDesk.Data.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Data.Identity;

public static class IdentitySetup
{
    /// <summary>
    /// The user store and password rules shared by the web app and the CLI. Passwords: at least 15 characters,
    /// no composition rules (NIST SP 800-63B); lockout after 5 failures.
    /// </summary>
    public static IdentityBuilder AddDetainerDeskIdentityCore(this IServiceCollection services) =>
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 15;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>();
}
