using DetainerDesk.Data.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Persistence;

public abstract partial class AppDbContext
{
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
}
