namespace DetainerDesk.Data.Linkage;

/// <summary>
/// One merge of two person records, with everything needed to undo it exactly: the absorbed person's values (the row
/// itself is deleted), the survivor's values before and after (identifiers it gained from the absorbed one), and the
/// bookings and detainers that moved. An unmerge puts back exactly these, and nothing that arrived later.
/// </summary>
public sealed class PersonMerge
{
    public Guid Id { get; init; }
    public Guid SurvivorId { get; init; }
    public Guid AbsorbedId { get; init; }
    public Guid? ReviewId { get; init; }
    public bool Automatic { get; init; }
    public required string MergedBy { get; init; }
    public DateTime MergedAtUtc { get; init; }
    public required string Reason { get; init; }
    /// <summary>JSON of <see cref="PersonSnapshot"/>: the absorbed person as it was.</summary>
    public required string AbsorbedJson { get; init; }
    /// <summary>JSON of <see cref="PersonSnapshot"/>: the survivor before the merge, and after it.</summary>
    public required string SurvivorBeforeJson { get; init; }
    public required string SurvivorAfterJson { get; init; }
    /// <summary>JSON arrays of the ids of the rows that moved from the absorbed person to the survivor.</summary>
    public required string MovedBookingIdsJson { get; init; }
    public required string MovedDetainerIdsJson { get; init; }
    public string? UnmergedBy { get; set; }
    public DateTime? UnmergedAtUtc { get; set; }
    public string? UnmergeReason { get; set; }
}
