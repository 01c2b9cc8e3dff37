using DetainerDesk.Domain.AtLarge.Priorities;
using DetainerDesk.Domain.Common;

namespace DetainerDesk.Domain.AtLarge;

// Classification (domain brief §5.7, §6.2 item 13): each classification is appended with the framework version, the
// facts read and the rules that fired. A new framework adds one; nothing rewrites or removes an earlier one.
public sealed partial class AtLargeCase
{
    /// <summary>Classifies the case under <paramref name="framework"/> from the record's facts and appends the result.</summary>
    public Result<PriorityClassification> Classify(Guid classificationId, PriorityFramework framework, PriorityFacts facts, string actor, DateTime atUtc)
    {
        if (string.IsNullOrWhiteSpace(actor)) return Result<PriorityClassification>.Failure(new DomainError("actor-required", "Say who is acting."));
        if (atUtc.Kind != DateTimeKind.Utc) return Result<PriorityClassification>.Failure(new DomainError("time-not-utc", "Times are recorded in UTC."));
        var outcome = framework.Evaluate(facts);
        return Append(new PriorityClassification
        {
            Id = classificationId,
            CaseId = Id,
            Sequence = NextSequence,
            Kind = ClassificationKind.Computed,
            FrameworkId = framework.Id,
            FrameworkVersion = framework.Version,
            Priority = outcome.Priority.Code,
            PriorityLabel = outcome.Priority.Label,
            PriorityRank = outcome.Priority.Rank,
            Facts = [.. facts.Describe()],
            FiredRules = [.. outcome.Fired],
            ClassifiedBy = actor,
            ClassifiedAtUtc = atUtc,
        });
    }

    /// <summary>
    /// A supervisor sets the priority under the framework of the current classification, with a written reason. The
    /// computed classification stays on record; the override names it. Checking that the actor is a supervisor is the
    /// caller's job (the domain knows no roles).
    /// </summary>
    public Result<PriorityClassification> Override(Guid classificationId, PriorityFramework framework, string priority, string reason, string actor, DateTime atUtc)
    {
        static Result<PriorityClassification> Refuse(string code, string message, string? field = null) =>
            Result<PriorityClassification>.Failure(new DomainError(code, message, field));
        if (CaseStatuses.IsFinished(Status)) return Refuse("case-finished", "The case is finished; its priority no longer changes.");
        if (CurrentClassification is not { } current) return Refuse("not-classified", "Classify the case before overriding its priority.");
        if (current.FrameworkId != framework.Id || current.FrameworkVersion != framework.Version)
            return Refuse("framework-mismatch", $"The case is classified under {current.FrameworkKey}; an override is made under that framework, not {framework.Key}.");
        if (!framework.HasPriority(priority))
            return Refuse("priority-unknown", $"{framework.Key} has no priority '{priority}'; choose one of {string.Join(", ", framework.Priorities.Select(p => p.Code))}.", "priority");
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 10)
            return Refuse("reason-required", "An override needs a written reason a reviewer can follow (at least a sentence).", "reason");
        if (string.IsNullOrWhiteSpace(actor)) return Refuse("actor-required", "Say who is acting.");
        if (atUtc.Kind != DateTimeKind.Utc) return Refuse("time-not-utc", "Times are recorded in UTC.");
        var level = framework.Level(priority);
        return Append(current with
        {
            Id = classificationId,
            Sequence = NextSequence,
            Kind = ClassificationKind.SupervisorOverride,
            Priority = level.Code,
            PriorityLabel = level.Label,
            PriorityRank = level.Rank,
            Reason = reason.Trim(),
            OverridesId = current.Id,
            ClassifiedBy = actor,
            ClassifiedAtUtc = atUtc,
        });
    }

    private int NextSequence => _classifications.Count == 0 ? 1 : _classifications.Max(c => c.Sequence) + 1;

    private Result<PriorityClassification> Append(PriorityClassification classification)
    {
        if (_classifications.Count > 0 && classification.ClassifiedAtUtc < _classifications.Max(c => c.ClassifiedAtUtc))
            return Result<PriorityClassification>.Failure(new DomainError("time-before-last-classification", "A classification is recorded after the previous one."));
        _classifications.Add(classification);
        return Result<PriorityClassification>.Success(classification);
    }
}
