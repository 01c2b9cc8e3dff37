using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DetainerDesk.Data.Persistence;

/// <summary>SQLite: the default embedded database. Its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    // SQLite transactions from EF are BEGIN IMMEDIATE: the write lock is already held, nothing more to take.
    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        base.ConfigureConventions(builder);
        // SQLite stores text without a kind; every instant we write is UTC, so say so when reading it back.
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        builder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? v.Value.ToUniversalTime() : v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}

/// <summary>PostgreSQL: production, many web nodes on one database. Its migrations live in Migrations/Postgres.</summary>
public sealed class PgAppDbContext(DbContextOptions<PgAppDbContext> options) : AppDbContext(options)
{
    // The key is an arbitrary constant that names the audit chain's advisory lock; it is released at commit.
    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(4919131752989213745)", cancellationToken);
}
