using System.Text.Json.Nodes;
using DetainerDesk.Cli;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.Cli;

/// <summary>`users`, `apikeys list|revoke`, `backup` and `restore` on a database of their own, each on SQLite and PostgreSQL.</summary>
public abstract class CliAdminCommandTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Password = "a-long-enough-first-password";
    private TestDatabase? _database;
    private readonly List<string> _files = [];

    public async ValueTask InitializeAsync()
    {
        if (provider == DatabaseProvider.Postgres && TestDatabase.PostgresServer is null) return;
        _database = await TestDatabase.CreateAsync(provider);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var file in _files.Where(File.Exists)) File.Delete(file);
        if (_database is not null) await _database.DisposeAsync();
    }

    private Dictionary<string, string?> Settings => new()
    {
        ["Database:Provider"] = provider.ToString(),
        ["ConnectionStrings:Default"] = _database!.ConnectionString,
    };

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await CliApp.RunAsync(args, Settings, output);
        return (exit, output.ToString());
    }

    private async Task<T> InDatabaseAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        await using var services = new ServiceCollection().AddDetainerDeskDatabase(configuration, Path.GetTempPath()).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>A migrated database with one field office, so accounts and keys have an organisation to belong to.</summary>
    private async Task PrepareAsync()
    {
        Assert.Equal(0, (await RunAsync("migrate")).Exit);
        await InDatabaseAsync(db =>
        {
            db.Organisations.Add(new Organisation { Id = Guid.NewGuid(), Code = "SEA", Name = "Seattle Field Office", Kind = OrganisationKind.FieldOffice, AorCode = "SEA" });
            return db.SaveChangesAsync(Ct);
        });
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private void SkipWithoutDatabase() =>
        Assert.SkipWhen(_database is null, $"PostgreSQL tests need {TestDatabase.PostgresVariable}; ./test.sh sets it.");

    [Fact]
    public async Task An_administrator_adds_lists_and_disables_an_account_and_each_change_is_audited()
    {
        SkipWithoutDatabase();
        await PrepareAsync();
        var (added, addOutput) = await RunAsync("users", "add", "--email", "new.officer@example.test", "--name", "New Officer", "--org", "SEA", "--role", Roles.IceOfficer, "--password", Password);
        Assert.Equal(0, added);
        Assert.Contains("Created new.officer@example.test", addOutput);
        Assert.Equal(2, (await RunAsync("users", "add", "--email", "short@example.test", "--name", "S", "--org", "SEA", "--role", Roles.IceOfficer, "--password", "too-short")).Exit);
        Assert.Equal(2, (await RunAsync("users", "add", "--email", "x@example.test", "--name", "X", "--org", "SEA", "--role", "Sheriff", "--password", Password)).Exit);
        Assert.False(await InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == "short@example.test", Ct)), "a refused password leaves no account behind");

        var (listed, json) = await RunAsync("users", "list", "--json");
        Assert.Equal(0, listed);
        var user = Assert.Single(JsonNode.Parse(json)!.AsArray());
        Assert.Equal("new.officer@example.test", (string?)user!["email"]);
        Assert.Equal(Roles.IceOfficer, (string?)user["role"]);
        Assert.False((bool)user["disabled"]!);

        var stamp = await InDatabaseAsync(db => db.Users.Where(u => u.Email == "new.officer@example.test").Select(u => u.SecurityStamp).SingleAsync(Ct));
        Assert.Equal(0, (await RunAsync("users", "disable", "--email", "new.officer@example.test", "--reason", "left the office")).Exit);
        var after = await InDatabaseAsync(db => db.Users.Where(u => u.Email == "new.officer@example.test").Select(u => new { u.Disabled, u.SecurityStamp }).SingleAsync(Ct));
        Assert.True(after.Disabled);
        Assert.NotEqual(stamp, after.SecurityStamp);
        Assert.Equal(2, (await RunAsync("users", "disable", "--email", "nobody@example.test", "--reason", "x")).Exit);

        var actions = await InDatabaseAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync(Ct));
        Assert.Equal(["user.create", "user.list", "user.disable"], actions);
        Assert.Equal(0, (await RunAsync("verify-audit")).Exit);
    }

    [Fact]
    public async Task A_revoked_key_is_listed_as_revoked_and_revoking_is_audited()
    {
        SkipWithoutDatabase();
        await PrepareAsync();
        Assert.Equal(0, (await RunAsync("apikeys", "create", "--org", "SEA", "--name", "Officer tool")).Exit);
        var key = Assert.Single(JsonNode.Parse((await RunAsync("apikeys", "list", "--json")).Output)!.AsArray())!;
        Assert.Null(key["revokedAtUtc"]);

        var (revoked, output) = await RunAsync("apikeys", "revoke", (string)key["prefix"]!, "--reason", "laptop lost");
        Assert.Equal(0, revoked);
        Assert.Contains("Revoked key", output);
        Assert.NotNull(JsonNode.Parse((await RunAsync("apikeys", "list", "--json")).Output)!.AsArray()[0]!["revokedAtUtc"]);
        Assert.Equal(2, (await RunAsync("apikeys", "revoke", "dd_nothing", "--reason", "x")).Exit);
        Assert.True(await InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "apikey.revoke" && a.Details == "reason=laptop lost", Ct)));
    }

    [Fact]
    public async Task A_backup_restores_the_database_as_it_was_and_a_restore_needs_confirmation()
    {
        SkipWithoutDatabase();
        await PrepareAsync();
        Assert.Equal(0, (await RunAsync("apikeys", "create", "--org", "SEA", "--name", "Before the backup")).Exit);
        var file = Path.Combine(Path.GetTempPath(), $"detainerdesk-backup-{Guid.NewGuid():N}.bak");
        _files.Add(file);

        var (backedUp, output) = await RunAsync("backup", file);
        Assert.Equal(0, backedUp);
        Assert.Contains("Backed up", output);
        Assert.Equal(2, (await RunAsync("backup", file)).Exit); // never overwrites a backup

        Assert.Equal(0, (await RunAsync("apikeys", "create", "--org", "SEA", "--name", "After the backup")).Exit);
        Assert.Equal(2, (await RunAsync("restore", file)).Exit);
        Assert.Equal(2, await InDatabaseAsync(db => db.ApiKeys.CountAsync(Ct)));

        var (restored, restoreOutput) = await RunAsync("restore", file, "--yes");
        Assert.True(restored == 0, restoreOutput);
        Assert.Equal(["Before the backup"], await InDatabaseAsync(db => db.ApiKeys.Select(k => k.Name).ToListAsync(Ct)));
        Assert.Equal(0, (await RunAsync("verify-audit")).Exit);

        var notABackup = Path.Combine(Path.GetTempPath(), $"detainerdesk-not-a-backup-{Guid.NewGuid():N}.bak");
        _files.Add(notABackup);
        await File.WriteAllTextAsync(notABackup, "this is not a database", Ct);
        Assert.Equal(2, (await RunAsync("restore", notABackup, "--yes")).Exit);
        Assert.Equal(["Before the backup"], await InDatabaseAsync(db => db.ApiKeys.Select(k => k.Name).ToListAsync(Ct)));
    }

    [Fact]
    public async Task Export_writes_the_detainer_table_by_extension_and_refuses_an_unknown_one()
    {
        SkipWithoutDatabase();
        await PrepareAsync();
        var csv = Path.Combine(Path.GetTempPath(), $"detainerdesk-export-{Guid.NewGuid():N}.csv");
        _files.Add(csv);
        var (exported, output) = await RunAsync("export", "detainers", csv);
        Assert.Equal(0, exported);
        Assert.Contains("Exported 0 detainers", output);
        Assert.StartsWith("\uFEFFdetainer_id,status,form,", System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(csv, Ct)), StringComparison.Ordinal);
        Assert.Equal(2, (await RunAsync("export", "detainers", csv)).Exit); // never overwrites
        Assert.Equal(2, (await RunAsync("export", "detainers", csv + ".txt")).Exit);
        Assert.True(await InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "detainer.export", Ct)));
    }
}

public sealed class SqliteCliAdminCommandTests() : CliAdminCommandTests(DatabaseProvider.Sqlite);
public sealed class PostgresCliAdminCommandTests() : CliAdminCommandTests(DatabaseProvider.Postgres);
