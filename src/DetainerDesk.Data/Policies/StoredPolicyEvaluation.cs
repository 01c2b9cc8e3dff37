using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DetainerDesk.Data.Policies;

/// <summary>Why a detainer's policy was evaluated. Only these three moments store one; nothing recomputes silently.</summary>
public enum PolicyEvaluationOccasion
{
    Lodged = 1,
    AgencyDecision = 2,
    ReEvaluated = 3,
}

/// <summary>
/// A policy decision stored with its detainer: the full decision as JSON (answers, rules, citations, inputs, trail,
/// duties), the numbered rule-set versions it used, and the five verdicts as columns for counting. Rows are never
/// updated; a re-evaluation adds a row.
/// </summary>
public sealed class StoredPolicyEvaluation
{
    public Guid Id { get; init; }
    public Guid DetainerId { get; init; }
    public PolicyEvaluationOccasion Occasion { get; init; }
    public DateTime EvaluatedAtUtc { get; init; }
    public required string EvaluatedBy { get; init; }
    /// <summary>The day whose law was applied (the detainer's lodging day).</summary>
    public DateOnly EvaluationDate { get; init; }
    public PolicyVerdict HoldOnDetainer { get; init; }
    public PolicyVerdict NotifyReleaseDate { get; init; }
    public PolicyVerdict TransferToIce { get; init; }
    public PolicyVerdict ShareInformation { get; init; }
    public PolicyVerdict IceInterview { get; init; }
    /// <summary>Semicolon-separated, e.g. <c>federal@ice-policy-10074.2 v1; wa-king-county@king-ord-18665 v2</c>.</summary>
    public required string RuleSetVersions { get; init; }
    public required string DecisionJson { get; init; }
    public string? Reason { get; init; }
}

internal sealed class StoredPolicyEvaluationConfiguration : IEntityTypeConfiguration<StoredPolicyEvaluation>
{
    public void Configure(EntityTypeBuilder<StoredPolicyEvaluation> b)
    {
        b.ToTable("PolicyEvaluations");
        b.HasIndex(e => new { e.DetainerId, e.EvaluatedAtUtc });
        b.HasOne<Detainer>().WithMany().HasForeignKey(e => e.DetainerId).OnDelete(DeleteBehavior.Cascade);
        b.Property(e => e.EvaluatedBy).HasMaxLength(450);
        b.Property(e => e.RuleSetVersions).HasMaxLength(2000);
        b.Property(e => e.Reason).HasMaxLength(1000);
    }
}
