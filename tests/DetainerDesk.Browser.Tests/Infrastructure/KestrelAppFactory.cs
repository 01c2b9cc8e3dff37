using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using DetainerDesk.Data.Identity;
using DetainerDesk.Data.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Browser.Tests.Infrastructure;

/// <summary>
/// The whole app on a real Kestrel port (a browser cannot talk to the in-memory TestServer), on a SQLite file of its
/// own, with the synthetic demo data and its accounts (<see cref="DemoUsers"/>).
/// </summary>
public sealed class KestrelAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"dd-browser-{Guid.NewGuid():N}.db");

    public KestrelAppFactory() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    public string BaseUrl { get; private set; } = "";

    /// <summary>The app's TimeProvider; a journey may move it forward (and must reset it).</summary>
    public ShiftedClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={_databaseFile};Foreign Keys=True;Pooling=False");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Password", DemoUsers.Password);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>
    /// An account the demo does not have (e.g. a clerk of an agency whose law allows holds), created once with the
    /// demo password. Returns its e-mail address.
    /// </summary>
    public async Task<string> EnsureAccountAsync(string email, string role, string organisationCode, string displayName)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(email) is not null) return email;
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var organisation = await db.Organisations.SingleAsync(o => o.Code == organisationCode);
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, OrganisationId = organisation.Id };
        Check(await users.CreateAsync(user, DemoUsers.Password));
        Check(await users.AddToRoleAsync(user, role));
        return email;

        static void Check(IdentityResult result) =>
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>Starts Kestrel; the app migrates, loads reference data and seeds the demo (Demo:Seed) before it listens.</summary>
    public ValueTask InitializeAsync()
    {
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_databaseFile + suffix);
    }
}
