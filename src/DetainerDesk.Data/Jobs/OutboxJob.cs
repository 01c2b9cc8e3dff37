namespace DetainerDesk.Data.Jobs;

/// <summary>
/// Durable background work, written in the same transaction as the change that calls for it, so that neither is
/// lost without the other. A processor claims due rows with a lease; completion is saved with the work's own changes.
/// </summary>
public sealed class OutboxJob
{
    public long Id { get; init; }
    /// <summary>Which handler runs it, e.g. "detainer.lodged".</summary>
    public required string Kind { get; init; }
    /// <summary>Small JSON with ids only: the handler re-reads the current state.</summary>
    public required string Payload { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime DueAtUtc { get; set; }
    public int Attempts { get; set; }
    /// <summary>Node that holds the lease, and until when; an expired lease can be claimed again (the node died).</summary>
    public string? LockedBy { get; set; }
    public DateTime? LockedUntilUtc { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
    /// <summary>Set when the job failed too often; shown to administrators, never retried automatically.</summary>
    public DateTime? DeadLetteredAtUtc { get; set; }
    public string? LastError { get; set; }
}
