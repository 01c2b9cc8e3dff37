using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>The lifecycle facts beyond the detainer's header: what the status panel shows and which step forms apply.</summary>
public sealed record StepFacts(ClaimKind? OpenClaim, DateTime? ReleaseDateUtc, DateTime? NotifiedAtUtc, AgencyResponse? Decision,
    DateTime? EligibleAtUtc, DateTime? HoldEndsAtUtc)
{
    public static readonly StepFacts None = new(null, null, null, null, null, null);

    /// <summary>Read after the scoped query found the detainer, so the id is already known to be the caller's.</summary>
    public static async Task<StepFacts> ForAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        await db.Detainers.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new StepFacts(d.OpenClaim, d.ReleaseDateUtc, d.NotifiedAtUtc,
                d.Decision != null ? (AgencyResponse?)d.Decision.Response : null, d.EligibleAtUtc, d.HoldEndsAtUtc))
            .SingleOrDefaultAsync(ct) ?? None;
}
