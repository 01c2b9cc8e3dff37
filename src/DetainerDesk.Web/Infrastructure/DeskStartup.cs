using DetainerDesk.Data.Identity;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.ReferenceData;
using DetainerDesk.Data.Seeding;
using DetainerDesk.Domain.Organisations;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;

namespace DetainerDesk.Web.Infrastructure;

/// <summary>What happens when the app starts: migrate, load reference data, seed the demo, say where to go.</summary>
public static class DeskStartup
{
    public static async Task<DemoSeedSummary?> PrepareDatabaseAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        if (app.Configuration.GetValue("Database:MigrateOnStart", true))
            await DatabaseSetup.MigrateAsync(db);
        await ReferenceDataLoader.LoadAsync(db, CancellationToken.None);
        await DetainerDesk.Data.Policies.RuleSetImporter.ImportAsync(db, services.GetRequiredService<DetainerDesk.Data.Audit.AuditLog>(), services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, null, CancellationToken.None);

        if (!app.Configuration.GetValue("Demo:Seed", false)) return null;
        var options = new DemoSeedOptions
        {
            Seed = app.Configuration.GetValue("Demo:RandomSeed", 2026),
            Password = app.Configuration["Demo:Password"]
                ?? throw new InvalidOperationException("Demo:Seed is on but Demo:Password is not set (at least 15 characters)."),
            Clock = services.GetRequiredService<TimeProvider>(),
        };
        return await DemoSeeder.SeedAsync(db, services.GetRequiredService<UserManager<AppUser>>(),
            services.GetRequiredService<RoleManager<IdentityRole>>(), options, progress: null, CancellationToken.None);
    }

    public static async Task<IResult> Health(AppDbContext db, CancellationToken ct) =>
        await db.Database.CanConnectAsync(ct)
            ? TypedResults.Ok(new { status = "healthy" })
            : TypedResults.Problem(statusCode: 503, title: "The database is not reachable.");

    public static void PrintWelcome(WebApplication app, DemoSeedSummary? demo) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses) Console.WriteLine($"DetainerDesk is running at {address}");
        if (demo is null) return;
        Console.WriteLine(demo.AlreadySeeded
            ? $"Demo data already present: {demo.Counts.Detainers:N0} detainers."
            : $"Demo data loaded: {demo.Counts.Detainers:N0} detainers, {demo.Counts.Persons:N0} people, {demo.Counts.Organisations} organisations.");
        // The demo password is not a secret (synthetic accounts on a local demo), but it is shown only in Development.
        Console.WriteLine(app.Environment.IsDevelopment()
            ? $"Demo accounts (password: {app.Configuration["Demo:Password"]}):"
            : "Demo accounts (password: the Demo:Password setting):");
        foreach (var account in demo.Accounts)
            Console.WriteLine($"  {account.Email,-42} {Roles.DisplayName(account.Role),-18} {account.OrganisationName}");
    });
}
