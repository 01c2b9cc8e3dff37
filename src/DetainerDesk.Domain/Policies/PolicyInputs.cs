using DetainerDesk.Domain.Detainers;

namespace DetainerDesk.Domain.Policies;

/// <summary>
/// Where the person is held. Everything is keyed by codes (USPS state code, 5-digit county FIPS, agency ORI),
/// never by names, so same-named counties are never confused (domain brief §6.2.9). City is the one name we
/// keep, because city ordinances (New York City) have no code of their own in our reference data.
/// </summary>
public sealed record Jurisdiction(string StateCode, string CountyFips, string? City = null, string? AgencyCode = null);

/// <summary>Offence class as state laws distinguish it; a wobbler may be charged as either felony or misdemeanour (CA).</summary>
public enum OffenceLevel
{
    Felony = 1,
    Misdemeanor = 2,
    Wobbler = 3,
}

/// <summary>A conviction or a current charge. <see cref="Date"/> is the conviction date, or the arrest date for a charge.</summary>
/// <param name="SeriousOrViolentFelony">Serious or violent felony as the state defines it (CA PC 1192.7(c) / 667.5(c), NYC's list).</param>
/// <param name="StatePrisonEligible">Punishable by imprisonment in state prison (CA Gov. Code 7282.5(a)(2)).</param>
/// <param name="SentenceDays">Sentence imposed, in days; null when none or not yet sentenced.</param>
/// <param name="MagistrateFoundProbableCause">For a current charge: a magistrate found probable cause (CA PC 872).</param>
/// <param name="OnStateOffenceList">On the offence list the local law refers to (CA 7282.5(a)(3), NYC 9-131, King County's RCW 9.94A list).
/// A flag set by the person who records the offence, because the lists are long and change; the engine never guesses it from the NCIC code.</param>
public sealed record Offence(
    string NcicCode,
    OffenceLevel Level,
    DateOnly Date,
    bool SeriousOrViolentFelony = false,
    bool StatePrisonEligible = false,
    int? SentenceDays = null,
    bool MagistrateFoundProbableCause = false,
    bool OnStateOffenceList = false);

/// <summary>Registries some laws key on.</summary>
public enum Registry
{
    /// <summary>California Sex and Arson Registry, PC 290 (Gov. Code 7282.5(a)(3)).</summary>
    CaliforniaPc290 = 1,
}

/// <summary>Yes/no facts about the person or the agency that laws key on.</summary>
public enum PolicyFlag
{
    /// <summary>Possible match in the federal terrorist screening database (NYC Admin Code 9-131).</summary>
    TerroristScreeningMatch = 1,
    /// <summary>A written agreement reimburses the county's costs of honouring detainers (Cook County §46-37).</summary>
    ReimbursementAgreement = 2,
    /// <summary>An open U.S.-citizenship or crime-victim claim; blocks any hold (domain brief §6.2.1).</summary>
    CitizenshipOrVictimClaimOpen = 3,
    /// <summary>Proof of U.S. citizenship or lawful status was shown (Texas CCP art. 2.251 exception).</summary>
    ProofOfLawfulStatus = 4,
    /// <summary>ICE identified an outstanding federal felony arrest warrant (CA Gov. Code 7282.5(a)(5)).</summary>
    OutstandingFederalFelonyWarrant = 5,
    /// <summary>Convicted of an aggravated felony, INA 101(a)(43)(A)–(P) (CA Gov. Code 7282.5(a)(4)).</summary>
    AggravatedFelonyConviction = 6,
}

/// <summary>The kind of 287(g) agreement the holding agency has signed, if any.</summary>
public enum Agreement287g
{
    None = 0,
    JailEnforcement = 1,
    TaskForce = 2,
    WarrantServiceOfficer = 3,
}

/// <summary>Everything the engine may look at. Collections are never null; empty means "none on file".</summary>
public sealed record PolicyInputs(
    Jurisdiction Jurisdiction,
    DateOnly EvaluationDate,
    DetainerFormType FormType,
    ProbableCauseBasis ProbableCause,
    IReadOnlyCollection<WarrantKind> Warrants,
    IReadOnlyCollection<Offence> Convictions,
    IReadOnlyCollection<Offence> Charges,
    IReadOnlyCollection<Registry> Registries,
    IReadOnlyCollection<PolicyFlag> Flags,
    Agreement287g Agreement287g = Agreement287g.None);
