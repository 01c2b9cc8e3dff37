namespace DetainerDesk.Domain.Policies;

/// <summary>
/// Step 2 of 3, combine: folds the candidates (ordered federal → state → county → city → agency) into one answer.
/// <list type="number">
/// <item>The first candidate (normally the federal baseline) sets the answer.</item>
/// <item>Each later candidate may only make it more restrictive (Forbidden &lt; AllowedOnlyIf &lt; Allowed &lt; Required);
/// a more permissive one is ignored. Two AllowedOnlyIf answers join their conditions with "and".</item>
/// <item>A mandatory (state) version replaces the answer — it may raise it to Required — unless the running answer is a
/// federal Forbidden, which no state can lift; from then on every later candidate is ignored for that question,
/// because the mandate forbids local restriction (Texas Gov. Code 752.053; Florida F.S. ch. 908).</item>
/// <item>No candidate at all: holds are Forbidden (default-deny, domain brief §6.2.6); anything else is AllowedOnlyIf
/// someone checks the law, because silence in our data is not permission.</item>
/// </list>
/// </summary>
internal static class AnswerCombiner
{
    public static PolicyAnswer Combine(PolicyQuestion question, IReadOnlyList<Candidate> candidates)
    {
        if (candidates.Count == 0) return Default(question);

        var deciding = candidates[0];
        var verdict = deciding.Rule.Verdict;
        var conditions = Conditions(deciding.Rule);
        var contributing = new List<Candidate> { deciding };
        var trail = new List<RuleReference> { Reference(deciding, "sets the baseline") };
        Candidate? mandate = deciding.Version.Mandatory ? deciding : null;
        var extraNotes = new List<string>();

        foreach (var candidate in candidates.Skip(1))
        {
            var rule = candidate.Rule;
            if (mandate is not null)
            {
                trail.Add(Reference(candidate, $"ignored: {mandate.Rule.Id} ({mandate.Rule.Citation}) forbids local restriction"));
            }
            else if (candidate.Version.Mandatory)
            {
                mandate = candidate;
                if (verdict == PolicyVerdict.Forbidden && deciding.Set.Scope.Layer == JurisdictionLayer.Federal)
                {
                    trail.Add(Reference(candidate, $"cannot lift the federal {deciding.Rule.Id}"));
                    continue;
                }
                trail.Add(Reference(candidate, "state mandate replaces the answer"));
                // A mandate cannot widen a federal limit (e.g. the 48-hour cap), so keep it visible.
                if (verdict == PolicyVerdict.AllowedOnlyIf) extraNotes.Add($"Federal limit still applies ({deciding.Rule.Id}): {string.Join("; and ", conditions)}");
                verdict = rule.Verdict;
                conditions = Conditions(rule);
                deciding = candidate;
                contributing.Add(candidate);
            }
            else if (rule.Verdict < verdict)
            {
                trail.Add(Reference(candidate, "restricts"));
                verdict = rule.Verdict;
                conditions = Conditions(rule);
                deciding = candidate;
                contributing.Add(candidate);
            }
            else if (rule.Verdict == verdict)
            {
                trail.Add(Reference(candidate, "agrees"));
                conditions.AddRange(Conditions(rule).Where(c => !conditions.Contains(c, StringComparer.Ordinal)));
                deciding = candidate; // the more specific statement of the same answer explains it best
                contributing.Add(candidate);
            }
            else
            {
                trail.Add(Reference(candidate, $"ignored: more permissive than {deciding.Rule.Id}, and only a state mandate may loosen"));
            }
        }

        return new PolicyAnswer(
            question,
            verdict,
            verdict == PolicyVerdict.AllowedOnlyIf ? string.Join("; and ", conditions) : null,
            deciding.Rule.Id,
            deciding.Rule.Citation,
            [.. contributing.SelectMany(c => c.Rule.Notes).Concat(extraNotes).Distinct(StringComparer.Ordinal)],
            [.. contributing.SelectMany(c => c.InputsUsed).Distinct(StringComparer.Ordinal)],
            trail);
    }

    private static List<string> Conditions(AnswerRule rule) => rule.Condition is null ? [] : [rule.Condition];

    private static RuleReference Reference(Candidate c, string effect) => new(c.Rule.Id, c.Set.Id, c.Rule.Citation, c.Rule.Verdict, effect);

    private static PolicyAnswer Default(PolicyQuestion question) => question == PolicyQuestion.HoldOnDetainer
        ? new PolicyAnswer(question, PolicyVerdict.Forbidden, null, "default-deny-hold",
            "DetainerDesk safeguard: holds default-deny where no rule applies (domain brief §6.2.6)", [], [], [])
        : new PolicyAnswer(question, PolicyVerdict.AllowedOnlyIf, "the law of this place on this date has been checked by counsel",
            "no-encoded-rule", "none: no encoded rule set covers this place and date", [], [], []);
}
