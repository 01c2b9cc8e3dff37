namespace DetainerDesk.Domain.AtLarge.Priorities;

/// <summary>
/// What the record says about a person on the day of a classification. Only facts from records: a tip's claims are
/// never facts here (domain brief §6.2 item 11). <see cref="SeverityLevel"/> is ICE's threat level 1/2/3 as recorded
/// (§5.4), null when none is; <see cref="AgeYears"/> null when the birth date is unknown.
/// </summary>
public sealed record PriorityFacts
{
    public required DateOnly AsOf { get; init; }
    public IReadOnlyList<Offence> Offences { get; init; } = [];
    public int? SeverityLevel { get; init; }
    public bool GangParticipation { get; init; }
    public bool NationalSecurity { get; init; }
    public int? AgeYears { get; init; }
    /// <summary>Days the person was removed from the United States, oldest first.</summary>
    public IReadOnlyList<DateOnly> PriorRemovals { get; init; } = [];
    /// <summary>The day a final order of removal was entered, if any.</summary>
    public DateOnly? FinalOrderOn { get; init; }
    /// <summary>The day of the last unlawful entry (or re-entry) the record shows, if known.</summary>
    public DateOnly? LastUnlawfulEntryOn { get; init; }

    public IEnumerable<Offence> Convictions => Offences.Where(o => o.Kind == OffenceKind.Conviction);

    /// <summary>The facts as lines a person can read, stored with every classification so it can be explained later.</summary>
    public IReadOnlyList<string> Describe()
    {
        var lines = new List<string> { $"as of {AsOf:yyyy-MM-dd}" };
        lines.AddRange(Offences.OrderBy(o => o.Date).ThenBy(o => o.NcicCode, StringComparer.Ordinal).Select(o => o.ToString()));
        if (SeverityLevel is { } level) lines.Add($"severity level {level}");
        if (GangParticipation) lines.Add("gang participation flagged in the record");
        if (NationalSecurity) lines.Add("national-security concern flagged in the record");
        if (AgeYears is { } age) lines.Add($"age {age}");
        lines.AddRange(PriorRemovals.Select(d => $"removed on {d:yyyy-MM-dd}"));
        if (FinalOrderOn is { } order) lines.Add($"final order of removal on {order:yyyy-MM-dd}");
        if (LastUnlawfulEntryOn is { } entry) lines.Add($"last unlawful entry on {entry:yyyy-MM-dd}");
        return lines;
    }
}
