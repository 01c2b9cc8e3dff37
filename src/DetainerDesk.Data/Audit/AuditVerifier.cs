using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Audit;

/// <summary>Streams the whole audit log in order and checks its hash chain.</summary>
public static class AuditVerifier
{
    public static async Task<(long Checked, AuditChainBreak? Break)> VerifyAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var walker = new AuditChainWalker();
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (walker.Next(entry) is { } broken) return (walker.Checked, broken);
        }
        return (walker.Checked, null);
    }
}
