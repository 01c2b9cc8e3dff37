using DetainerDesk.Data.Persistence;
using Npgsql;

namespace DetainerDesk.Import.Tests;

/// <summary>
/// A database of its own for one test class: a temp SQLite file, or a fresh database on the PostgreSQL server
/// named by DETAINERDESK_TEST_PG (test.sh starts a throw-away cluster and sets it).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "DETAINERDESK_TEST_PG";

    private readonly string? _sqliteFile;
    private readonly string? _pgServer;
    private readonly string? _pgName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? pgServer, string? pgName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _pgServer = pgServer;
        _pgName = pgName;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"dd-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={file};Foreign Keys=True;Pooling=False", file, null, null);
        }

        var server = PostgresServer ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
        var name = $"dd_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, null, server, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(_sqliteFile + suffix);
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
