using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.ReferenceData;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DetainerDesk.Web.Infrastructure;

/// <summary>What happens when the app starts: migrate, load reference data, seed the demo, say where to go.</summary>
public static class DeskStartup
{
    public static async Task PrepareDatabaseAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (app.Configuration.GetValue("Database:MigrateOnStart", true))
            await DatabaseSetup.MigrateAsync(db);
        await ReferenceDataLoader.LoadAsync(db, CancellationToken.None);
    }

    public static async Task<IResult> Health(AppDbContext db, CancellationToken ct) =>
        await db.Database.CanConnectAsync(ct)
            ? TypedResults.Ok(new { status = "healthy" })
            : TypedResults.Problem(statusCode: 503, title: "The database is not reachable.");

    public static void PrintWelcome(WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses) Console.WriteLine($"DetainerDesk is running at {address}");
    });
}
