namespace DetainerDesk.Domain.AtLarge.Priorities;

/// <summary>
/// A test on <see cref="PriorityFacts"/>. <see cref="Holds"/> adds, when it holds, the facts that made it hold, so a
/// classification can say not only which rule fired but on what.
/// </summary>
public abstract record PriorityCondition
{
    public abstract bool Holds(PriorityFacts facts, List<string> because);
}

public sealed record AllOf(IReadOnlyList<PriorityCondition> Conditions) : PriorityCondition
{
    public override bool Holds(PriorityFacts facts, List<string> because)
    {
        var mine = new List<string>();
        if (!Conditions.All(c => c.Holds(facts, mine))) return false;
        because.AddRange(mine);
        return true;
    }
}

public sealed record AnyOf(IReadOnlyList<PriorityCondition> Conditions) : PriorityCondition
{
    public override bool Holds(PriorityFacts facts, List<string> because)
    {
        var held = false;
        foreach (var c in Conditions) held |= c.Holds(facts, because);
        return held;
    }
}

public sealed record NotCondition(PriorityCondition Inner) : PriorityCondition
{
    public override bool Holds(PriorityFacts facts, List<string> because)
    {
        if (Inner.Holds(facts, [])) return false;
        because.Add($"not ({Inner.Describe()})");
        return true;
    }
}

public sealed record FlagCondition(string Name, Func<PriorityFacts, bool> Read) : PriorityCondition
{
    public override bool Holds(PriorityFacts facts, List<string> because)
    {
        if (!Read(facts)) return false;
        because.Add(Name);
        return true;
    }
}

public sealed record AgeAtLeast(int Years) : PriorityCondition
{
    public override bool Holds(PriorityFacts facts, List<string> because)
    {
        if (facts.AgeYears is not { } age || age < Years) return false;
        because.Add($"age {age} ≥ {Years}");
        return true;
    }
}

public sealed record SeverityLevelAnyOf(IReadOnlySet<int> Levels) : PriorityCondition
{
    public override bool Holds(PriorityFacts facts, List<string> because)
    {
        if (facts.SeverityLevel is not { } level || !Levels.Contains(level)) return false;
        because.Add($"severity level {level}");
        return true;
    }
}

/// <summary>A date fact on or after a cut-off (e.g. an unlawful entry after 1 January 2014).</summary>
public sealed record DateOnOrAfter(string Name, Func<PriorityFacts, DateOnly?> Read, DateOnly Cutoff) : PriorityCondition
{
    public override bool Holds(PriorityFacts facts, List<string> because)
    {
        if (Read(facts) is not { } day || day < Cutoff) return false;
        because.Add($"{Name} on {day:yyyy-MM-dd} (on or after {Cutoff:yyyy-MM-dd})");
        return true;
    }
}

/// <summary>Which offences of the record a rule counts: kind, level, groups (any of / none of), aggravated felony, minor victim, date.</summary>
public sealed record OffenceFilter(
    OffenceKind Kind,
    OffenceLevel? Level = null,
    OffenceGroup GroupsAnyOf = OffenceGroup.None,
    OffenceGroup GroupsNoneOf = OffenceGroup.None,
    bool? AggravatedFelony = null,
    bool? MinorVictim = null,
    DateOnly? OnOrAfter = null)
{
    public bool Matches(Offence o) =>
        o.Kind == Kind
        && (Level is null || o.Level == Level)
        && (GroupsAnyOf == OffenceGroup.None || (GroupsAnyOf & o.Group) != 0)
        && (GroupsNoneOf & o.Group) == 0
        && (AggravatedFelony is null || o.AggravatedFelony == AggravatedFelony)
        && (MinorVictim is null || o.MinorVictim == MinorVictim)
        && (OnOrAfter is null || o.Date >= OnOrAfter);
}

/// <summary>
/// At least <see cref="AtLeast"/> matching offences; with <see cref="SeparateIncidents"/> offences on one day count
/// once (the Johnson memo's "three or more misdemeanours … arising out of separate incidents").
/// </summary>
public sealed record OffenceCount(OffenceFilter Filter, int AtLeast, bool SeparateIncidents) : PriorityCondition
{
    public override bool Holds(PriorityFacts facts, List<string> because)
    {
        var matching = facts.Offences.Where(Filter.Matches).OrderBy(o => o.Date).ToList();
        var count = SeparateIncidents ? matching.Select(o => o.Date).Distinct().Count() : matching.Count;
        if (count < AtLeast) return false;
        because.AddRange(matching.Select(o => o.ToString()));
        return true;
    }
}

public static class PriorityConditionText
{
    public static string Describe(this PriorityCondition condition) => condition switch
    {
        AllOf a => "all of (" + string.Join("; ", a.Conditions.Select(Describe)) + ")",
        AnyOf a => "any of (" + string.Join("; ", a.Conditions.Select(Describe)) + ")",
        NotCondition n => $"not ({n.Inner.Describe()})",
        FlagCondition f => f.Name,
        AgeAtLeast a => $"age at least {a.Years}",
        SeverityLevelAnyOf s => "severity level " + string.Join(" or ", s.Levels.Order()),
        DateOnOrAfter d => $"{d.Name} on or after {d.Cutoff:yyyy-MM-dd}",
        OffenceCount c => $"at least {c.AtLeast} {c.Filter.Kind}{(c.SeparateIncidents ? " (separate incidents)" : "")}",
        _ => condition.GetType().Name,
    };
}
