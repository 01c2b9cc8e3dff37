namespace DetainerDesk.Domain.AtLarge.Priorities;

/// <summary>One priority a framework can give, ranked: rank 1 is the highest.</summary>
public sealed record PriorityLevel(string Code, string Label, int Rank);

/// <summary>One rule: when its condition holds, it puts the person at least at <see cref="Priority"/>.</summary>
public sealed record PriorityRule(string Id, string Priority, string Citation, PriorityCondition When, string? Note = null);

/// <summary>
/// One version of an enforcement-priority framework (domain brief §5.7), read from data. Every rule whose condition
/// holds fires; the highest priority among them wins, and with none the framework's default applies. Pure: the same
/// facts always give the same classification.
/// </summary>
public sealed record PriorityFramework(
    string Id,
    int Version,
    string Name,
    string Citation,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    IReadOnlyList<PriorityLevel> Priorities,
    string DefaultPriority,
    IReadOnlyList<PriorityRule> Rules,
    IReadOnlyList<string> Notes)
{
    public string Key => $"{Id}@{Version}";

    public bool InForceOn(DateOnly day) => day >= EffectiveFrom && (EffectiveTo is null || day <= EffectiveTo);

    public PriorityLevel Level(string code) => Priorities.SingleOrDefault(p => p.Code == code)
        ?? throw new ArgumentException($"Framework {Key} has no priority '{code}'.", nameof(code));

    public bool HasPriority(string code) => Priorities.Any(p => p.Code == code);

    public PriorityOutcome Evaluate(PriorityFacts facts)
    {
        var fired = new List<FiredRule>();
        foreach (var rule in Rules)
        {
            var because = new List<string>();
            if (rule.When.Holds(facts, because))
                fired.Add(new FiredRule(rule.Id, rule.Priority, rule.Citation, [.. because.Distinct(StringComparer.Ordinal)]));
        }
        var priority = fired.Count == 0 ? DefaultPriority : fired.MinBy(f => Level(f.Priority).Rank)!.Priority;
        return new PriorityOutcome(Level(priority), fired);
    }
}

/// <summary>A rule that fired, with the facts it fired on.</summary>
public sealed record FiredRule(string RuleId, string Priority, string Citation, IReadOnlyList<string> Because);

public sealed record PriorityOutcome(PriorityLevel Priority, IReadOnlyList<FiredRule> Fired);
