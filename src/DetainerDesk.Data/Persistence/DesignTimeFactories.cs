using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DetainerDesk.Data.Persistence;

// Used only by `dotnet ef` to add migrations; neither needs a live database.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PgDesignTimeFactory : IDesignTimeDbContextFactory<PgAppDbContext>
{
    public PgAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PgAppDbContext>()
            .UseNpgsql(Environment.GetEnvironmentVariable("DETAINERDESK_DESIGN_PG") ?? "Host=127.0.0.1;Database=detainerdesk_design")
            .Options);
}
