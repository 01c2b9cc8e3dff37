namespace DetainerDesk.Domain.Imports;

/// <summary>
/// How ICE came to arrest someone, as an I-213 records it ("apprehension method"). Values are stored; never renumber them.
/// </summary>
public enum PublicApprehensionMethod
{
    Unmapped = 0,
    NonCustodialArrest = 1,
    Located = 2,
    OtherEfforts = 3,
    CapFederalIncarceration = 4,
    CapLocalIncarceration = 5,
    CapStateIncarceration = 6,
    EroReprocessedArrest = 7,
    CustodialArrest = 8,
    Program287g = 9,
    ProbationAndParole = 10,
    WorksiteEnforcement = 11,
    TrafficCheck = 12,
    CriminalAlienProgram = 13,
    OtherAgency = 14,
    OtherTaskForce = 15,
    OcdetfTaskForce = 16,
    AntiSmuggling = 17,
    PatrolBorder = 18,
    LawEnforcementAgencyResponseUnit = 19,
    CrewmanStowaway = 20,
    ForeignFugitive = 21,
}

/// <summary>Where the arrest happened, for statistics: in the community (at large), or from a jail or prison. Values are stored.</summary>
public enum ArrestSetting
{
    /// <summary>The method does not say (reprocessed, task forces, worksite, border, …).</summary>
    Other = 0,
    /// <summary>"Non-Custodial Arrest" and "Located": at-large, community arrests.</summary>
    AtLarge = 1,
    /// <summary>From a county or city jail: "CAP Local Incarceration" and 287(g) jail models.</summary>
    LocalJail = 2,
    /// <summary>From a state or federal prison: "CAP State/Federal Incarceration".</summary>
    StateOrFederalPrison = 3,
    /// <summary>From other custody not named more precisely ("Custodial Arrest", "Criminal Alien Program", "Probation and Parole").</summary>
    OtherCustody = 4,
}

public static class PublicApprehensionMethods
{
    private static readonly Dictionary<string, PublicApprehensionMethod> ByKey = new()
    {
        ["NONCUSTODIALARREST"] = PublicApprehensionMethod.NonCustodialArrest,
        ["LOCATED"] = PublicApprehensionMethod.Located,
        ["OTHEREFFORTS"] = PublicApprehensionMethod.OtherEfforts,
        ["CAPFEDERALINCARCERATION"] = PublicApprehensionMethod.CapFederalIncarceration,
        ["CAPLOCALINCARCERATION"] = PublicApprehensionMethod.CapLocalIncarceration,
        ["CAPSTATEINCARCERATION"] = PublicApprehensionMethod.CapStateIncarceration,
        ["EROREPROCESSEDARREST"] = PublicApprehensionMethod.EroReprocessedArrest,
        ["CUSTODIALARREST"] = PublicApprehensionMethod.CustodialArrest,
        ["287GPROGRAM"] = PublicApprehensionMethod.Program287g,
        ["PROBATIONANDPAROLE"] = PublicApprehensionMethod.ProbationAndParole,
        ["WORKSITEENFORCEMENT"] = PublicApprehensionMethod.WorksiteEnforcement,
        ["TRAFFICCHECK"] = PublicApprehensionMethod.TrafficCheck,
        ["CRIMINALALIENPROGRAM"] = PublicApprehensionMethod.CriminalAlienProgram,
        ["OTHERAGENCYTURNEDOVERTOINS"] = PublicApprehensionMethod.OtherAgency,
        ["OTHERTASKFORCE"] = PublicApprehensionMethod.OtherTaskForce,
        ["ORGANIZEDCRIMEDRUGENFORCEMENTTASKFORCE"] = PublicApprehensionMethod.OcdetfTaskForce,
        ["ANTISMUGGLING"] = PublicApprehensionMethod.AntiSmuggling,
        ["PATROLBORDER"] = PublicApprehensionMethod.PatrolBorder,
        ["LAWENFORCEMENTAGENCYRESPONSEUNIT"] = PublicApprehensionMethod.LawEnforcementAgencyResponseUnit,
        ["CREWMANSTOWAWAY"] = PublicApprehensionMethod.CrewmanStowaway,
        ["FOREIGNFUGITIVE"] = PublicApprehensionMethod.ForeignFugitive,
    };

    /// <summary>Null for a blank value; Unmapped for a method we do not know (the raw value is kept).</summary>
    public static PublicApprehensionMethod? Parse(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? null : ByKey.GetValueOrDefault(Vocabulary.Key(raw), PublicApprehensionMethod.Unmapped);

    public static ArrestSetting Setting(PublicApprehensionMethod? method) => method switch
    {
        PublicApprehensionMethod.NonCustodialArrest or PublicApprehensionMethod.Located => ArrestSetting.AtLarge,
        PublicApprehensionMethod.CapLocalIncarceration or PublicApprehensionMethod.Program287g => ArrestSetting.LocalJail,
        PublicApprehensionMethod.CapStateIncarceration or PublicApprehensionMethod.CapFederalIncarceration => ArrestSetting.StateOrFederalPrison,
        PublicApprehensionMethod.CustodialArrest or PublicApprehensionMethod.CriminalAlienProgram
            or PublicApprehensionMethod.ProbationAndParole => ArrestSetting.OtherCustody,
        _ => ArrestSetting.Other,
    };
}
