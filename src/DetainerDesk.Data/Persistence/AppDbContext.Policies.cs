using DetainerDesk.Data.Policies;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Persistence;

public abstract partial class AppDbContext
{
    public DbSet<StoredRuleSet> RuleSetVersions => Set<StoredRuleSet>();
    public DbSet<StoredPolicyEvaluation> PolicyEvaluations => Set<StoredPolicyEvaluation>();
}
