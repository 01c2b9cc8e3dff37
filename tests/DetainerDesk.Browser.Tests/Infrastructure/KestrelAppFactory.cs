using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={_databaseFile};Foreign Keys=True;Pooling=False");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Password", DemoUsers.Password);
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
