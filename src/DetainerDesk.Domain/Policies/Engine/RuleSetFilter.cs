namespace DetainerDesk.Domain.Policies;

/// <summary>A rule set's version that covers the place and date being evaluated.</summary>
internal sealed record ApplicableVersion(RuleSet Set, RuleSetVersion Version);

/// <summary>A rule that matched for one question, with every input its rule set looked at to reach it.</summary>
internal sealed record Candidate(RuleSet Set, RuleSetVersion Version, AnswerRule Rule, IReadOnlyList<string> InputsUsed);

/// <summary>
/// Step 1 of 3, filter: which rule-set versions govern this place on this date, and what each of them answers.
/// Within one version the rules for a question are tried in file order and the first whose "when" holds answers;
/// a version with no matching rule is silent on that question.
/// </summary>
internal static class RuleSetFilter
{
    public static IReadOnlyList<ApplicableVersion> Applicable(RuleBook book, PolicyInputs inputs) =>
        [.. book.RuleSets
            .Where(set => set.Scope.Covers(inputs.Jurisdiction))
            .Select(set => (set, version: set.VersionOn(inputs.EvaluationDate)))
            .Where(x => x.version is not null)
            .Select(x => new ApplicableVersion(x.set, x.version!))];

    public static IReadOnlyList<Candidate> Candidates(IReadOnlyList<ApplicableVersion> versions, PolicyQuestion question, PolicyInputs inputs)
    {
        var candidates = new List<Candidate>();
        foreach (var (set, version) in versions)
        {
            var inputsUsed = new List<string>();
            foreach (var rule in version.Answers.Where(r => r.Question == question))
            {
                inputsUsed.AddRange(rule.When.InputsRead);
                if (!rule.When.Holds(inputs)) continue;
                candidates.Add(new Candidate(set, version, rule, [.. inputsUsed.Distinct(StringComparer.Ordinal)]));
                break;
            }
        }
        return candidates;
    }

    public static IReadOnlyList<PolicyDuty> Duties(IReadOnlyList<ApplicableVersion> versions, PolicyInputs inputs) =>
        [.. versions.SelectMany(v => v.Version.Duties)
            .Where(d => d.When.Holds(inputs))
            .Select(d => new PolicyDuty(d.Duty, d.Text, d.Id, d.Citation, d.Notes))];
}
