namespace DetainerDesk.Domain.AtLarge;

/// <summary>One step of a case's timeline, appended and never changed.</summary>
public sealed class CaseEvent
{
    public long Id { get; init; }
    public Guid CaseId { get; init; }
    public int Version { get; init; }
    public CaseAction Action { get; init; }
    public CaseStatus? From { get; init; }
    public CaseStatus To { get; init; }
    public required string Actor { get; init; }
    public DateTime AtUtc { get; init; }
    public required string Reason { get; init; }
    public required string EvidenceSource { get; init; }
    public string? EvidenceReference { get; init; }
}

/// <summary>What an officer gives to open a case by hand, or what the system gives when a detainer ends in release.</summary>
public sealed record OpenCaseCommand(
    Guid CaseId,
    Guid PersonId,
    Guid FieldOfficeId,
    CaseOrigin Origin,
    string Actor,
    DateTime AtUtc,
    string Reason,
    Guid? DetainerId = null,
    string? TipReference = null);
