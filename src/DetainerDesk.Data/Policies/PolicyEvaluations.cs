using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Policies;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Policies;

/// <summary>Stores a detainer's policy decisions and reads them back exactly as they were evaluated.</summary>
public static class PolicyEvaluations
{
    /// <summary>Adds the decision to the unit of work; the caller saves it with the change it belongs to.</summary>
    public static StoredPolicyEvaluation Add(AppDbContext db, Guid detainerId, PolicyDecision decision, ActiveRuleBook book,
        PolicyEvaluationOccasion occasion, string actor, DateTime nowUtc, string? reason)
    {
        var row = new StoredPolicyEvaluation
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(nowUtc, TimeSpan.Zero)),
            DetainerId = detainerId,
            Occasion = occasion,
            EvaluatedAtUtc = nowUtc,
            EvaluatedBy = actor,
            EvaluationDate = decision.Inputs.EvaluationDate,
            HoldOnDetainer = decision.HoldOnDetainer.Verdict,
            NotifyReleaseDate = decision.NotifyReleaseDate.Verdict,
            TransferToIce = decision.TransferToIce.Verdict,
            ShareInformation = decision.ShareInformation.Verdict,
            IceInterview = decision.IceInterview.Verdict,
            RuleSetVersions = string.Join("; ", book.Describe(decision)),
            DecisionJson = PolicyDecisionJson.Serialize(decision),
            Reason = reason,
        };
        db.PolicyEvaluations.Add(row);
        return row;
    }

    /// <summary>The most recent stored decision of the detainer, stamped with when and how it was made; null if none is stored.</summary>
    public static async Task<PolicyDecision?> LatestAsync(AppDbContext db, Guid detainerId, CancellationToken ct)
    {
        var row = await db.PolicyEvaluations.AsNoTracking().Where(e => e.DetainerId == detainerId)
            .OrderByDescending(e => e.EvaluatedAtUtc).ThenByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        return row is null ? null : Read(row);
    }

    public static PolicyDecision Read(StoredPolicyEvaluation row) => PolicyDecisionJson.Deserialize(row.DecisionJson) with
    {
        Recorded = new PolicyEvaluationStamp(row.Id, row.EvaluatedAtUtc, row.Occasion.ToString(), row.EvaluatedBy,
            row.RuleSetVersions.Split("; ", StringSplitOptions.RemoveEmptyEntries)),
    };
}
