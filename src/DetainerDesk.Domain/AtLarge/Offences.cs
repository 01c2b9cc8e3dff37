namespace DetainerDesk.Domain.AtLarge;

/// <summary>
/// NCIC offence groups (domain brief §5.5) that priority rules ask about. An NCIC code names its group by its hundreds;
/// DUI is two codes inside traffic. Stored as bits inside classifications' fact snapshots; never renumber them.
/// </summary>
[Flags]
public enum OffenceGroup
{
    None = 0,
    /// <summary>09xx: murder and manslaughter.</summary>
    Homicide = 1 << 0,
    /// <summary>10xx.</summary>
    Kidnapping = 1 << 1,
    /// <summary>11xx: rape and sodomy.</summary>
    SexualAssault = 1 << 2,
    /// <summary>12xx.</summary>
    Robbery = 1 << 3,
    /// <summary>13xx: includes domestic assault.</summary>
    Assault = 1 << 4,
    /// <summary>22xx.</summary>
    Burglary = 1 << 5,
    /// <summary>35xx: sell, smuggle, possess.</summary>
    DangerousDrugs = 1 << 6,
    /// <summary>36xx: sex offences not involving assault or commercialised sex.</summary>
    SexOffence = 1 << 7,
    /// <summary>37xx: obscenity and child sexual performance.</summary>
    ChildExploitation = 1 << 8,
    /// <summary>38xx: cruelty toward or neglect of a child or spouse.</summary>
    FamilyOffence = 1 << 9,
    /// <summary>52xx.</summary>
    Weapons = 1 << 10,
    /// <summary>5403, 5404 (UNVERIFIED which is liquor and which drugs; both are DUI).</summary>
    Dui = 1 << 11,
    /// <summary>Other 54xx traffic offences.</summary>
    Traffic = 1 << 12,
    /// <summary>03xx: illegal entry, false citizenship, smuggling of people.</summary>
    Immigration = 1 << 13,
    Other = 1 << 14,
    /// <summary>23xx: theft, including shoplifting.</summary>
    Larceny = 1 << 15,
}

/// <summary>
/// The conviction categories ICE reports arrests in (issue 7; domain brief "Statistics"): they overlap, so a person
/// counts once in each that applies and they are never summed. Stored as bits; never renumber them.
/// </summary>
[Flags]
public enum ReportedConvictionCategories
{
    None = 0,
    Homicide = 1,
    SexOffence = 2,
    SexOffenceInvolvingMinor = 4,
    DangerousDrugs = 8,
    Dui = 16,
    Other = 32,
}

public enum OffenceKind
{
    /// <summary>A conviction: the court's final word.</summary>
    Conviction = 1,
    /// <summary>A charge not yet resolved.</summary>
    PendingCharge = 2,
}

public enum OffenceLevel
{
    Unknown = 0,
    Misdemeanour = 1,
    Felony = 2,
}

/// <summary>
/// One conviction or pending charge from the record: its four-digit NCIC code, when it happened, its level, whether
/// it is an aggravated felony (INA 101(a)(43)) and whether the record flags a victim under 18.
/// </summary>
public sealed record Offence(
    string NcicCode,
    DateOnly Date,
    OffenceKind Kind,
    OffenceLevel Level,
    bool AggravatedFelony = false,
    bool MinorVictim = false)
{
    public OffenceGroup Group => NcicOffences.GroupOf(NcicCode);

    public override string ToString() =>
        $"{(Kind == OffenceKind.Conviction ? "conviction" : "pending charge")} NCIC {NcicCode} ({Group}, {Level}{(AggravatedFelony ? ", aggravated felony" : "")}{(MinorVictim ? ", minor victim" : "")}) on {Date:yyyy-MM-dd}";
}

public static class NcicOffences
{
    /// <summary>The group of a four-digit NCIC code; <see cref="OffenceGroup.Other"/> for anything else, including a malformed code.</summary>
    public static OffenceGroup GroupOf(string ncicCode)
    {
        if (ncicCode is not { Length: 4 } || !int.TryParse(ncicCode, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code))
            return OffenceGroup.Other;
        if (code is 5403 or 5404) return OffenceGroup.Dui;
        return (code / 100) switch
        {
            3 => OffenceGroup.Immigration,
            9 => OffenceGroup.Homicide,
            10 => OffenceGroup.Kidnapping,
            11 => OffenceGroup.SexualAssault,
            12 => OffenceGroup.Robbery,
            13 => OffenceGroup.Assault,
            22 => OffenceGroup.Burglary,
            23 => OffenceGroup.Larceny,
            35 => OffenceGroup.DangerousDrugs,
            36 => OffenceGroup.SexOffence,
            37 => OffenceGroup.ChildExploitation,
            38 => OffenceGroup.FamilyOffence,
            52 => OffenceGroup.Weapons,
            54 => OffenceGroup.Traffic,
            _ => OffenceGroup.Other,
        };
    }

    /// <summary>
    /// The reported categories of a set of convictions (pending charges do not count). "Involving a minor" has no NCIC
    /// range of its own (domain brief §5.5): it is a sex offence whose record flags a minor victim, or child sexual
    /// exploitation (37xx). 37xx is also counted as a sex offence.
    /// </summary>
    public static ReportedConvictionCategories Categories(IEnumerable<Offence> offences)
    {
        var result = ReportedConvictionCategories.None;
        foreach (var o in offences.Where(o => o.Kind == OffenceKind.Conviction))
        {
            var group = o.Group;
            var sex = group is OffenceGroup.SexualAssault or OffenceGroup.SexOffence or OffenceGroup.ChildExploitation;
            result |= group switch
            {
                OffenceGroup.Homicide => ReportedConvictionCategories.Homicide,
                OffenceGroup.DangerousDrugs => ReportedConvictionCategories.DangerousDrugs,
                OffenceGroup.Dui => ReportedConvictionCategories.Dui,
                _ when sex => ReportedConvictionCategories.SexOffence,
                _ => ReportedConvictionCategories.Other,
            };
            if (sex && (o.MinorVictim || group == OffenceGroup.ChildExploitation))
                result |= ReportedConvictionCategories.SexOffenceInvolvingMinor;
        }
        return result;
    }
}
