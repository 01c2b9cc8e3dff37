namespace DetainerDesk.Domain.Policies;

/// <summary>The layers of law, from the most general to the most specific (domain brief §4.3).</summary>
public enum JurisdictionLayer
{
    Federal = 0,
    State = 1,
    County = 2,
    City = 3,
    Agency = 4,
}

/// <summary>
/// Which places a rule set covers. Federal covers everywhere; State needs <see cref="StateCode"/>; County needs
/// <see cref="CountyFips"/>; City needs state and city; Agency with no <see cref="AgencyCode"/> covers every agency
/// (used for 287(g) rules, whose conditions then look at the agreement model).
/// A city that is coextensive with whole counties (New York City's five boroughs) lists them in
/// <see cref="CityCounties"/>: a facility's mailing town ("East Elmhurst" for Rikers Island) and a county-level map
/// then still fall under the city's law.
/// </summary>
public sealed record RuleScope(JurisdictionLayer Layer, string? StateCode, string? CountyFips, string? City, string? AgencyCode,
    IReadOnlyList<string>? CityCounties = null)
{
    public bool Covers(Jurisdiction place) => Layer switch
    {
        JurisdictionLayer.Federal => true,
        JurisdictionLayer.State => SameCode(StateCode, place.StateCode),
        JurisdictionLayer.County => SameCode(CountyFips, place.CountyFips),
        JurisdictionLayer.City => SameCode(StateCode, place.StateCode)
            && (SameCode(City, place.City) || (CityCounties?.Any(fips => SameCode(fips, place.CountyFips)) ?? false)),
        JurisdictionLayer.Agency => AgencyCode is null || SameCode(AgencyCode, place.AgencyCode),
    };

    private static bool SameCode(string? wanted, string? actual) =>
        wanted is not null && actual is not null && string.Equals(wanted, actual, StringComparison.OrdinalIgnoreCase);
}

/// <summary>One answer a rule set gives to one question when its condition holds. Rules are tried in file order; the first that matches answers.</summary>
public sealed record AnswerRule(
    string Id,
    PolicyQuestion Question,
    Condition When,
    PolicyVerdict Verdict,
    string? Condition,
    string Citation,
    IReadOnlyList<string> Notes);

/// <summary>A duty triggered when its condition holds; every matching duty applies.</summary>
public sealed record DutyRule(string Id, DutyKind Duty, Condition When, string Text, string Citation, IReadOnlyList<string> Notes);

/// <summary>
/// A version of a law in force from <see cref="EffectiveFrom"/> to <see cref="EffectiveTo"/> (both inclusive; null = still in force).
/// <see cref="Mandatory"/> marks a state law that requires cooperation and forbids local restriction (Texas SB 4, Florida SB 168).
/// </summary>
public sealed record RuleSetVersion(
    string Id,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    string Citation,
    bool Mandatory,
    IReadOnlyList<string> Notes,
    IReadOnlyList<AnswerRule> Answers,
    IReadOnlyList<DutyRule> Duties)
{
    public bool InForceOn(DateOnly day) => day >= EffectiveFrom && (EffectiveTo is null || day <= EffectiveTo);
}

/// <summary>All versions of one jurisdiction's law, as read from one data file.</summary>
public sealed record RuleSet(string Id, string Name, string SourceFile, RuleScope Scope, IReadOnlyList<RuleSetVersion> Versions)
{
    public RuleSetVersion? VersionOn(DateOnly day) => Versions.FirstOrDefault(v => v.InForceOn(day));
}
