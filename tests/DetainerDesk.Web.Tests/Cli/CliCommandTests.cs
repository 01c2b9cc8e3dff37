using DetainerDesk.Cli;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DetainerDesk.Web.Tests.Cli;

/// <summary>The `detainerdesk` command on a database of its own: seed the demo, prove the audit chain, notice a hand edit.</summary>
public abstract class CliCommandTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;

    public async ValueTask InitializeAsync()
    {
        if (provider == DatabaseProvider.Postgres && TestDatabase.PostgresServer is null) return;
        _database = await TestDatabase.CreateAsync(provider);
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await CliApp.RunAsync(args, new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Default"] = _database!.ConnectionString,
        }, output);
        return (exit, output.ToString());
    }

    private async Task ExecuteSqlAsync(string sql)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(_database!.ConnectionString);
            await connection.OpenAsync();
            await using var command = new SqliteCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            await using var connection = new NpgsqlConnection(_database!.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task Verify_audit_succeeds_on_the_demo_database_and_fails_after_a_hand_edit()
    {
        Assert.SkipWhen(_database is null, $"PostgreSQL tests need {TestDatabase.PostgresVariable}; ./test.sh sets it.");
        var (seeded, seedOutput) = await RunAsync("seed", "--password", "a-test-password-of-some-length");
        Assert.Equal(0, seeded);
        Assert.Contains("2,500 detainers", seedOutput);
        var (created, keyOutput) = await RunAsync("apikeys", "create", "--org", "WA0330100", "--name", "King County JMS");
        Assert.Equal(0, created);
        Assert.Contains("dd_", keyOutput);

        var (intact, intactOutput) = await RunAsync("verify-audit");
        Assert.Equal(0, intact);
        Assert.Contains("Audit chain verified: 2 entries", intactOutput);

        await ExecuteSqlAsync("UPDATE \"AuditEntries\" SET \"Details\" = 'org=HQ;role=Administrator' WHERE \"Action\" = 'apikey.create'");
        var (tampered, tamperedOutput) = await RunAsync("verify-audit");
        Assert.Equal(1, tampered);
        Assert.Contains("entry 2 was altered", tamperedOutput);
    }

    [Fact]
    public async Task Seeding_twice_adds_nothing_and_migrate_reports_an_up_to_date_database()
    {
        Assert.SkipWhen(_database is null, $"PostgreSQL tests need {TestDatabase.PostgresVariable}; ./test.sh sets it.");
        Assert.Equal(0, (await RunAsync("seed", "--password", "a-test-password-of-some-length")).Exit);
        var (again, output) = await RunAsync("seed", "--password", "a-test-password-of-some-length");
        Assert.Equal(0, again);
        Assert.Contains("nothing added", output);
        var (migrated, migrateOutput) = await RunAsync("migrate");
        Assert.Equal(0, migrated);
        Assert.Contains("up to date", migrateOutput);
    }

    [Fact]
    public async Task An_api_key_for_an_unknown_organisation_is_refused()
    {
        Assert.SkipWhen(_database is null, $"PostgreSQL tests need {TestDatabase.PostgresVariable}; ./test.sh sets it.");
        Assert.Equal(0, (await RunAsync("migrate")).Exit);
        Assert.Equal(2, (await RunAsync("apikeys", "create", "--org", "NOPE", "--name", "x")).Exit);
    }
}

public sealed class SqliteCliCommandTests() : CliCommandTests(DatabaseProvider.Sqlite);
public sealed class PostgresCliCommandTests() : CliCommandTests(DatabaseProvider.Postgres);
