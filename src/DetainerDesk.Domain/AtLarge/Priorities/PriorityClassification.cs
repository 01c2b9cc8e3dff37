namespace DetainerDesk.Domain.AtLarge.Priorities;

public enum ClassificationKind
{
    /// <summary>Computed by a framework version from the record's facts.</summary>
    Computed = 1,
    /// <summary>A supervisor's decision, with a written reason, replacing the computed priority of the same framework version.</summary>
    SupervisorOverride = 2,
}

/// <summary>
/// One classification of a case, kept for ever: the framework version that made it, the priority, the facts read and
/// the rules that fired. A new framework adds a classification; it never rewrites an earlier one (domain brief §6.2
/// item 13). Everything here is immutable.
/// </summary>
public sealed record PriorityClassification
{
    public Guid Id { get; init; }
    public Guid CaseId { get; init; }
    /// <summary>1, 2, 3… in the order the case received them.</summary>
    public int Sequence { get; init; }
    public ClassificationKind Kind { get; init; }
    public required string FrameworkId { get; init; }
    public int FrameworkVersion { get; init; }
    public required string Priority { get; init; }
    public required string PriorityLabel { get; init; }
    public int PriorityRank { get; init; }
    public IReadOnlyList<string> Facts { get; init; } = [];
    public IReadOnlyList<FiredRule> FiredRules { get; init; } = [];
    /// <summary>For an override: the supervisor's written reason.</summary>
    public string? Reason { get; init; }
    /// <summary>For an override: the computed classification it replaces (which stays on record).</summary>
    public Guid? OverridesId { get; init; }
    public required string ClassifiedBy { get; init; }
    public DateTime ClassifiedAtUtc { get; init; }

    public string FrameworkKey => $"{FrameworkId}@{FrameworkVersion}";
}
