using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Tests.Detainers;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static DetainerDesk.Web.Tests.Notifications.DeliverySteps;

namespace DetainerDesk.Web.Tests.Notifications;

/// <summary>
/// Two app nodes on one database share the Data Protection key ring kept in that database: a webhook secret one
/// node stored is signed with by the other, and what one protects the other reads.
/// </summary>
public abstract class SharedKeyRingTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;
    private WebhookReceiver _receiver = null!;
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow.AddMinutes(1));

    public async ValueTask InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        if (provider == DatabaseProvider.Postgres && TestDatabase.PostgresServer is null) return;
        _database = await TestDatabase.CreateAsync(provider);
    }

    public async ValueTask DisposeAsync()
    {
        await _receiver.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private void SkipIfUnavailable() =>
        Assert.SkipWhen(_database is null, $"PostgreSQL tests need {TestDatabase.PostgresVariable}; ./test.sh sets it.");

    /// <summary>One app node on the shared database; jobs run only when the test drains them.</summary>
    private sealed class Node(DatabaseProvider provider, string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", provider.ToString());
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.UseSetting("Demo:Seed", "false");
            builder.UseSetting("Jobs:Enabled", "false");
            builder.UseSetting("Webhooks:AllowHttp", "true");
        }
    }

    private Node Start()
    {
        var node = new Node(provider, _database!.ConnectionString);
        node.StartServer();
        return node;
    }

    private static HttpClient ClientWithKey(Node node, string key)
    {
        var client = node.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>A protected payload starts with a 4-byte magic header and then the id of the key that protected it.</summary>
    private static Guid KeyIdOf(string protectedText) => new(WebEncoders.Base64UrlDecode(protectedText).AsSpan(4, 16));

    [Fact]
    public async Task A_subscription_created_on_one_node_is_delivered_with_a_valid_signature_by_another()
    {
        SkipIfUnavailable();
        await using var first = Start();
        var world = await WithDbAsync(first.Services, TestWorld.CreateAsync);
        var supervisor = await AddKeyAsync(first.Services, world.AgencyAId, Roles.AgencySupervisor);
        var created = await ClientWithKey(first, supervisor).PostAsJsonAsync("/api/v1/webhooks",
            new { url = _receiver.BaseUrl + "/agency-a", eventTypes = new[] { "detainer.lodged" } }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var secret = (string)(await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["secret"]!;
        var lodged = await ClientWithKey(first, world.OfficerKey).PostAsJsonAsync("/api/v1/detainers", LodgeRequests.Valid(world.FacilityAId), Ct);
        Assert.Equal(HttpStatusCode.Created, lodged.StatusCode);

        // The second node only processes the queue: it never saw the secret, only its protected form in the database.
        await using var second = Start();
        await DrainAsync(second.Services, _clock);

        var post = Assert.Single(_receiver.At("/agency-a"));
        var timestamp = post.Headers["X-DetainerDesk-Timestamp"];
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{post.Body}")));
        Assert.Equal(expected, post.Headers["X-DetainerDesk-Signature"]);

        // The key that protected the secret is a row of the shared key ring, and it is the only key: the second node made none.
        var protectedSecret = await WithDbAsync(second.Services, db => db.WebhookSubscriptions.AsNoTracking().Select(s => s.ProtectedSecret).SingleAsync(Ct));
        var keys = await WithDbAsync(second.Services, db => db.DataProtectionKeys.AsNoTracking().ToListAsync(Ct));
        var key = Assert.Single(keys);
        Assert.Equal($"key-{KeyIdOf(protectedSecret)}", key.FriendlyName);
        Assert.Contains($"id=\"{KeyIdOf(protectedSecret)}\"", key.Xml);
    }

    [Fact]
    public async Task What_one_node_protects_another_node_started_later_unprotects()
    {
        SkipIfUnavailable();
        string protectedText;
        await using (var first = Start())
            protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test.shared-ring").Protect("read me elsewhere");

        // A fresh node, as on a new container: nothing of the first survives but the database.
        await using var second = Start();
        Assert.Equal("read me elsewhere", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test.shared-ring").Unprotect(protectedText));
        var keyIds = await WithDbAsync(second.Services, db => db.DataProtectionKeys.AsNoTracking().Select(k => k.FriendlyName).ToListAsync(Ct));
        Assert.Equal([$"key-{KeyIdOf(protectedText)}"], keyIds);
    }

    [Fact]
    public async Task Only_the_key_ring_may_save_synchronously_every_other_save_must_link_the_audit_chain()
    {
        SkipIfUnavailable();
        await using var node = Start();
        using var scope = node.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.DataProtectionKeys.Add(new() { FriendlyName = "key-test", Xml = "<key />" });
        Assert.Equal(1, db.SaveChanges());

        db.DataProtectionKeys.Add(new() { FriendlyName = "key-test-2", Xml = "<key />" });
        db.Organisations.Add(new() { Id = Guid.NewGuid(), Code = "SYNC1", Name = "Saved synchronously", Kind = OrganisationKind.LocalAgency });
        Assert.Throws<NotSupportedException>(() => db.SaveChanges());
    }
}

public sealed class SqliteSharedKeyRingTests() : SharedKeyRingTests(DatabaseProvider.Sqlite);
public sealed class PostgresSharedKeyRingTests() : SharedKeyRingTests(DatabaseProvider.Postgres);
