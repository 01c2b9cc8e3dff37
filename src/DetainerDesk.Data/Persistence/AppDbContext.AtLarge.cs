using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Domain.AtLarge.Priorities;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Persistence;

public abstract partial class AppDbContext
{
    public DbSet<FugitiveTeam> FugitiveTeams => Set<FugitiveTeam>();
    public DbSet<AtLargeCase> AtLargeCases => Set<AtLargeCase>();
    public DbSet<CaseEvent> AtLargeCaseEvents => Set<CaseEvent>();
    public DbSet<PriorityClassification> PriorityClassifications => Set<PriorityClassification>();
    public DbSet<AtLargeArrest> AtLargeArrests => Set<AtLargeArrest>();
}
