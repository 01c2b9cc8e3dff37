namespace DetainerDesk.Domain.Policies;

/// <summary>
/// Evaluates the layered law for one detainer at one date: filter (which rule-set versions apply and what each answers)
/// → combine (fold the layers into one answer per question) → decide (assemble the <see cref="PolicyDecision"/>).
/// Pure and deterministic: the same inputs and rule book always give the same decision, so stored decisions can be audited.
/// </summary>
public sealed class PolicyEngine(RuleBook book)
{
    public static PolicyEngine Default { get; } = new(RuleBook.Embedded);

    public PolicyDecision Evaluate(PolicyInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var versions = RuleSetFilter.Applicable(book, inputs);
        PolicyAnswer Answer(PolicyQuestion q) => AnswerCombiner.Combine(q, RuleSetFilter.Candidates(versions, q, inputs));

        return new PolicyDecision(
            inputs,
            Answer(PolicyQuestion.HoldOnDetainer),
            Answer(PolicyQuestion.NotifyReleaseDate),
            Answer(PolicyQuestion.TransferToIce),
            Answer(PolicyQuestion.ShareInformation),
            Answer(PolicyQuestion.IceInterview),
            RuleSetFilter.Duties(versions, inputs),
            [.. versions.Select(v => $"{v.Set.Id}@{v.Version.Id}")]);
    }
}
