using DetainerDesk.Data.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.Infrastructure;

/// <summary>The whole web app over HTTP, on a database of its own, with a small known world (<see cref="TestWorld"/>).</summary>
public abstract class DeskFactory(DatabaseProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;

    public DatabaseProvider Provider => provider;
    public TestWorld World { get; private set; } = null!;
    public string ConnectionString => _database!.ConnectionString;

    /// <summary>Every test on PostgreSQL calls this first; without a server (outside test.sh) it is skipped, not failed.</summary>
    public void SkipIfUnavailable() =>
        Assert.SkipWhen(provider == DatabaseProvider.Postgres && TestDatabase.PostgresServer is null,
            $"PostgreSQL tests need {TestDatabase.PostgresVariable}; ./test.sh sets it.");

    public async ValueTask InitializeAsync()
    {
        if (provider == DatabaseProvider.Postgres && TestDatabase.PostgresServer is null) return;
        _database = await TestDatabase.CreateAsync(provider);
        StartServer();
        using var scope = Services.CreateScope();
        World = await TestWorld.CreateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", _database?.ConnectionString ?? "Data Source=:memory:");
        builder.UseSetting("Demo:Seed", "false");
        // Tests drive the job runner themselves, with their own clocks.
        builder.UseSetting("Jobs:Enabled", "false");
    }

    public HttpClient ClientWithKey(string apiKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDeskFactory() : DeskFactory(DatabaseProvider.Sqlite);
public sealed class PostgresDeskFactory() : DeskFactory(DatabaseProvider.Postgres);
