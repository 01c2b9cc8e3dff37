using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Data.Persistence;

/// <summary>
/// Data Protection (webhook secrets, sign-in cookies, antiforgery tokens) with its key ring in the database and one
/// application name, so that every web node and the CLI protect and unprotect with the same keys, and a node started
/// on a fresh container still reads what another one protected.
/// </summary>
public static class DataProtectionSetup
{
    /// <summary>Isolates our payloads from other apps on the same key ring; the default (the content root path) differs per node.</summary>
    public const string ApplicationName = "DetainerDesk";

    public static IServiceCollection AddDetainerDeskDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AppDbContext>();
        return services;
    }
}
