using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Data.Persistence;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// Chooses the database from configuration, shared by the web app and the CLI:
/// <c>Database:Provider</c> (Sqlite, the default, or Postgres) and <c>ConnectionStrings:Default</c>.
/// Without a connection string SQLite uses a file in <c>Database:DataFolder</c> (default: App_Data beside the app).
/// </summary>
public static class DatabaseSetup
{
    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value) || value.Equals("sqlite", StringComparison.OrdinalIgnoreCase)) return DatabaseProvider.Sqlite;
        if (value.Equals("postgres", StringComparison.OrdinalIgnoreCase) || value.Equals("postgresql", StringComparison.OrdinalIgnoreCase)) return DatabaseProvider.Postgres;
        throw new InvalidOperationException($"Database:Provider is '{value}'; use 'Sqlite' or 'Postgres'.");
    }

    public static string ReadConnectionString(IConfiguration configuration, string contentRoot)
    {
        var provider = ReadProvider(configuration);
        var configured = configuration.GetConnectionString("Default");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        if (provider == DatabaseProvider.Postgres)
            throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Default is not set (e.g. ConnectionStrings__Default=\"Host=127.0.0.1;Database=detainerdesk;Username=...;Password=...\").");

        var folder = configuration["Database:DataFolder"];
        folder = string.IsNullOrWhiteSpace(folder) ? Path.Combine(contentRoot, "App_Data") : Path.GetFullPath(folder, contentRoot);
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "detainerdesk.db"), ForeignKeys = true }.ToString();
    }

    public static IServiceCollection AddDetainerDeskDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = ReadProvider(configuration);
        var connectionString = ReadConnectionString(configuration, contentRoot);
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<SqliteAppDbContext>(o => o.UseSqlite(connectionString));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContext<PgAppDbContext>(o => o.UseNpgsql(connectionString));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PgAppDbContext>());
                break;
        }
        return services;
    }

    /// <summary>Applies pending migrations. SQLite also switches to WAL so readers do not wait for the writer.</summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
