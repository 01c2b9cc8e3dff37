using DetainerDesk.Data.Linkage;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Persistence;

public abstract partial class AppDbContext
{
    public DbSet<MatchReview> MatchReviews => Set<MatchReview>();
    public DbSet<PersonMerge> PersonMerges => Set<PersonMerge>();
}
