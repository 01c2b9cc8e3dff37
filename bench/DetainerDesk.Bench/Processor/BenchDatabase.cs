using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Features.Detainers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DetainerDesk.Bench.Processor;

/// <summary>
/// A throw-away database for one scripted run: a temp SQLite file, or a new database on the given PostgreSQL server
/// (dropped at the end). Services are wired as the web app wires them (<see cref="DatabaseSetup.AddDetainerDeskDatabase"/>
/// and the real hold-clock job handlers), on the run's own clock.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _pgServer;
    private readonly string? _pgName;

    private BenchDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? pgServer, string? pgName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _pgServer = pgServer;
        _pgName = pgName;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(DatabaseProvider provider, string? pgServer)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"dd-bench-{Guid.NewGuid():N}.db");
            return new BenchDatabase(provider, new SqliteConnectionStringBuilder { DataSource = file, ForeignKeys = true }.ToString(), file, null, null);
        }
        var server = pgServer ?? throw new ArgumentException("--provider Postgres needs --pg \"Host=…;Port=…;Username=…;Database=postgres\".");
        var name = $"dd_bench_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new BenchDatabase(provider, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, null, server, name);
    }

    public ServiceProvider BuildServices(TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider.ToString(),
            ["ConnectionStrings:Default"] = ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddDetainerDeskDatabase(configuration, AppContext.BaseDirectory);
        services.AddScoped<IJobHandler, HoldAlertJob>();
        services.AddScoped<IJobHandler, HoldExpiryJob>();
        services.AddScoped<IJobHandler, NoOpJob>();
        return services.BuildServiceProvider();
    }

    public async Task<string> DescribeAsync(AppDbContext db)
    {
        var version = db.Database.IsNpgsql()
            ? await db.Database.SqlQueryRaw<string>("SELECT version() AS \"Value\"").SingleAsync()
            : "SQLite " + await db.Database.SqlQueryRaw<string>("SELECT sqlite_version() AS \"Value\"").SingleAsync() + " (file, WAL)";
        return $"{Provider}: {version}";
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_sqliteFile + suffix);
        }
        if (_pgServer is not null && _pgName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_pgServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_pgName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>The baseline job: claimed, run in its scope and transaction, and completed exactly like a real one, but does no work.</summary>
public sealed class NoOpJob : IJobHandler
{
    public const string JobKind = "bench.noop";
    public string Kind => JobKind;
    public Task HandleAsync(OutboxJob job, AppDbContext db, CancellationToken ct) => Task.CompletedTask;
}
