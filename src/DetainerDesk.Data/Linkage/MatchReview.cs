namespace DetainerDesk.Data.Linkage;

public enum MatchReviewStatus { Open = 0, Merged = 1, DifferentPeople = 2, AutoMerged = 3 }

/// <summary>
/// A pair of person records the matcher could not decide alone (the middle band), or one it linked by itself (kept so
/// that the automatic merge is visible and can be undone). Person ids carry no foreign key: after a merge the absorbed
/// person is gone until an unmerge brings it back, and the review must survive both.
/// </summary>
public sealed class MatchReview
{
    public Guid Id { get; init; }
    /// <summary>The record that arrived (booking, detainer, later arrest or tip) and set off the match.</summary>
    public Guid PersonId { get; init; }
    /// <summary>The known person it was scored against.</summary>
    public Guid CandidateId { get; init; }
    /// <summary>What brought the person in: "booking", "detainer", "demo"; arrests and tips will add theirs.</summary>
    public required string Source { get; init; }
    public double Probability { get; init; }
    public double TotalBits { get; init; }
    /// <summary>The matcher's one-line explanation at the time (the side-by-side view recomputes the weights in full).</summary>
    public required string Summary { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public MatchReviewStatus Status { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    public string? Reason { get; set; }
    /// <summary>The merge this review led to, if any (cleared again when that merge is undone).</summary>
    public Guid? MergeId { get; set; }
}
