using DetainerDesk.Data.Imports;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Persistence;

public abstract partial class AppDbContext
{
    public DbSet<ImportSource> ImportSources => Set<ImportSource>();
    public DbSet<PublicDetainerRecord> PublicDetainerRecords => Set<PublicDetainerRecord>();
    public DbSet<PublicArrestRecord> PublicArrestRecords => Set<PublicArrestRecord>();
}
