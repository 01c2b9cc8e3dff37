namespace DetainerDesk.Domain.Audit;

/// <summary>
/// One line of the append-only audit log: who did what to which record, when, and with what outcome.
/// Entries are chained: each hash covers the entry and the previous entry's hash, so changing or removing
/// any entry breaks every hash after it.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, starting at 1 with no gaps.</summary>
    public long Sequence { get; set; }
    public DateTime AtUtc { get; init; }
    /// <summary>User id, "apikey:{id}", "system" or "anonymous".</summary>
    public required string Actor { get; init; }
    public Guid? OrganisationId { get; init; }
    /// <summary>What happened, e.g. "detainer.lodge", "detainer.read", "signin.failure".</summary>
    public required string Action { get; init; }
    public required string EntityType { get; init; }
    public string? EntityId { get; init; }
    /// <summary>"success", "denied", "refused" or "failure".</summary>
    public required string Outcome { get; init; }
    /// <summary>Short, PII-free detail (ids and codes, never names).</summary>
    public string? Details { get; init; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
