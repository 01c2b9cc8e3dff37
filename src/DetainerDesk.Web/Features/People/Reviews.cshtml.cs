using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DetainerDesk.Web.Features.People;

/// <summary>The identity review queue: pairs of person records the matcher could not decide, and the latest merges.</summary>
[Authorize(Policy = PersonMatchingSetup.ResolveIdentities)]
public sealed class ReviewsModel(AppDbContext db, AuditLog audit) : PageModel
{
    public IReadOnlyList<ReviewLine> Open { get; private set; } = [];
    public IReadOnlyList<MergeLine> Merges { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Open = await ReviewQueries.OpenAsync(db, take: 200, ct);
        Merges = await ReviewQueries.RecentMergesAsync(db, take: 50, ct);
        Names = await ActorNames.ForAsync(db, Merges.Select(m => m.MergedBy), ct);
        // Names and dates of birth are personal data: the listing is a read like any other.
        await audit.RecordAsync(HttpContext.GetCaller().Actor, "person.review.list", "MatchReview", null, details: $"open={Open.Count};merges={Merges.Count}", cancellationToken: ct);
    }
}
