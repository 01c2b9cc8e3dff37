using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.ReferenceData;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Tests.ReferenceData;

/// <summary>A database of its own, built with migrations, into which the reference data is loaded once for the class.</summary>
public abstract class ReferenceDatabase(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;

    public ReferenceDataSummary FirstLoad { get; private set; } = null!;

    /// <summary>On PostgreSQL without a server (outside test.sh) the test is skipped, not failed.</summary>
    public void SkipIfUnavailable() =>
        Assert.SkipWhen(provider == DatabaseProvider.Postgres && TestDatabase.PostgresServer is null,
            $"PostgreSQL tests need {TestDatabase.PostgresVariable}; ./test.sh sets it.");

    public async ValueTask InitializeAsync()
    {
        if (provider == DatabaseProvider.Postgres && TestDatabase.PostgresServer is null) return;
        _database = await CreateMigratedAsync();
        await using var db = NewContext();
        FirstLoad = await ReferenceDataLoader.LoadAsync(db, CancellationToken.None);
    }

    /// <summary>The class's shared database, already loaded.</summary>
    public AppDbContext NewContext() => NewContext(_database!);

    /// <summary>Another empty, migrated database, for a test that must load from scratch; the caller disposes it.</summary>
    public async Task<TestDatabase> CreateMigratedAsync()
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = NewContext(database);
        await db.Database.MigrateAsync();
        return database;
    }

    public AppDbContext NewContext(TestDatabase database) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteAppDbContext(
            new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(database.ConnectionString).Options),
        DatabaseProvider.Postgres => new PgAppDbContext(
            new DbContextOptionsBuilder<PgAppDbContext>().UseNpgsql(database.ConnectionString).Options),
    };

    public async ValueTask DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteReferenceDatabase() : ReferenceDatabase(DatabaseProvider.Sqlite);
public sealed class PostgresReferenceDatabase() : ReferenceDatabase(DatabaseProvider.Postgres);
