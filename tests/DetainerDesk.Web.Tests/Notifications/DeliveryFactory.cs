using DetainerDesk.Data.ApiKeys;
using DetainerDesk.Data.Identity;
using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DetainerDesk.Web.Tests.Notifications;

/// <summary>The app as the delivery tests need it: plain-http receivers on 127.0.0.1 are allowed, no SMTP server (mail outbox).</summary>
public abstract class DeliveryFactory(DatabaseProvider provider) : DeskFactory(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Webhooks:AllowHttp", "true");
        builder.UseSetting("Webhooks:Timeout", "00:00:05");
    }
}

public sealed class SqliteDeliveryFactory() : DeliveryFactory(DatabaseProvider.Sqlite);
public sealed class PostgresDeliveryFactory() : DeliveryFactory(DatabaseProvider.Postgres);

/// <summary>What the delivery tests do to the world: keys and users of an organisation, and running the due jobs.</summary>
public static class DeliverySteps
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<T> WithDbAsync<T>(IServiceProvider services, Func<AppDbContext, Task<T>> work)
    {
        using var scope = services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static Task<string> AddKeyAsync(IServiceProvider services, Guid organisationId, string role) => WithDbAsync(services, async db =>
    {
        var (key, prefix, hash) = ApiKeyFormat.Generate();
        db.ApiKeys.Add(new ApiKey { Id = Guid.NewGuid(), OrganisationId = organisationId, Name = $"test {role}", Prefix = prefix, Hash = hash, Role = role });
        await db.SaveChangesAsync(Ct);
        return key;
    });

    public static Task<string> AddUserAsync(IServiceProvider services, Guid organisationId, string email) => WithDbAsync(services, async db =>
    {
        var user = new AppUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true, OrganisationId = organisationId, DisplayName = "Test user",
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(Ct);
        return user.Id;
    });

    public static async Task DrainAsync(IServiceProvider services, FakeTimeProvider clock)
    {
        var runner = new JobRunner(services.GetRequiredService<IServiceScopeFactory>(), clock, NullLogger<JobRunner>.Instance);
        while (await runner.RunDueOnceAsync("delivery-test", 50, Ct) > 0) { }
    }
}
