using DetainerDesk.Domain.People;

namespace DetainerDesk.Data.Seeding;

/// <summary>An NCIC offence code as the demo data use it: the usual charge level and how often it is drawn.</summary>
public sealed record NcicOffence(string Code, string Description, ChargeLevel Level, double Weight);

/// <summary>
/// A small table of real NCIC Uniform Offense Codes (four digits, grouped by hundreds; "xx99" is each group's
/// "describe offense" code), with descriptions after NIEM's <c>ncic:OFFCodeType</c> and a state-adapted list (domain
/// brief §5.5, [S49]). The level is the usual one for a booking charge; real levels depend on the statute. Weights
/// give a mix like the "most serious charge" of detainer subjects: DUI, traffic and assault lead, homicide is rare.
/// Immigration codes (03xx) are federal and are not booked by local jails, so they are left out.
/// </summary>
public static class NcicOffences
{
    public static readonly IReadOnlyList<NcicOffence> All =
    [
        new("0999", "Homicide", ChargeLevel.Felony, 0.4),
        new("0909", "Homicide - Negligent Manslaughter - Vehicle", ChargeLevel.Felony, 0.3),
        new("1099", "Kidnapping", ChargeLevel.Felony, 0.4),
        new("1103", "Rape - Strong-arm", ChargeLevel.Felony, 0.5),
        new("1199", "Sexual Assault", ChargeLevel.Felony, 1.2),
        new("1299", "Robbery", ChargeLevel.Felony, 1.5),
        new("1313", "Simple Assault", ChargeLevel.Misdemeanor, 6),
        new("1399", "Assault", ChargeLevel.Felony, 3),
        new("2299", "Burglary", ChargeLevel.Felony, 3),
        new("2303", "Shoplifting", ChargeLevel.Misdemeanor, 3),
        new("2399", "Larceny", ChargeLevel.Misdemeanor, 4),
        new("2499", "Stolen Vehicle", ChargeLevel.Felony, 1.5),
        new("2599", "Forgery", ChargeLevel.Felony, 0.5),
        new("2699", "Fraud", ChargeLevel.Felony, 1),
        new("2899", "Stolen Property", ChargeLevel.Misdemeanor, 0.7),
        new("2999", "Damage Property", ChargeLevel.Misdemeanor, 1.5),
        new("3512", "Heroin - Possess", ChargeLevel.Felony, 0.8),
        new("3530", "Cocaine - Sell", ChargeLevel.Felony, 1),
        new("3532", "Cocaine - Possess", ChargeLevel.Felony, 1.5),
        new("3562", "Marijuana - Possess", ChargeLevel.Misdemeanor, 1.5),
        new("3599", "Dangerous Drugs", ChargeLevel.Felony, 2.5),
        new("3699", "Sex Offense", ChargeLevel.Felony, 0.6),
        new("3802", "Cruelty Toward Child", ChargeLevel.Felony, 0.8),
        new("3899", "Family Offense", ChargeLevel.Misdemeanor, 1.5),
        new("4801", "Resisting Officer", ChargeLevel.Misdemeanor, 1.5),
        new("4899", "Obstruct Police", ChargeLevel.Misdemeanor, 1),
        new("4999", "Flight - Escape", ChargeLevel.Felony, 0.3),
        new("5005", "Contempt of Court", ChargeLevel.Misdemeanor, 0.8),
        new("5012", "Probation Violation", ChargeLevel.Misdemeanor, 1.5),
        new("5202", "Carrying Concealed Weapon", ChargeLevel.Misdemeanor, 0.8),
        new("5299", "Weapon Offense", ChargeLevel.Felony, 1.5),
        new("5311", "Disorderly Conduct", ChargeLevel.Misdemeanor, 1),
        new("5399", "Public Peace", ChargeLevel.Misdemeanor, 0.8),
        new("5401", "Hit and Run", ChargeLevel.Misdemeanor, 0.8),
        // Which of 5403/5404 is drugs and which is liquor is UNVERIFIED in the domain brief; we follow the order
        // of the ICE labels ("Driving Under Influence Drugs" before "... Liquor"). Check against the NCIC Code Manual.
        new("5403", "Driving Under Influence - Drugs", ChargeLevel.Misdemeanor, 1.5),
        new("5404", "Driving Under Influence - Liquor", ChargeLevel.Misdemeanor, 10),
        new("5499", "Traffic Offense", ChargeLevel.Misdemeanor, 7),
        new("5707", "Trespassing", ChargeLevel.Misdemeanor, 1.2),
        new("7099", "Crimes Against Person", ChargeLevel.Felony, 0.3),
        new("7199", "Property Crimes", ChargeLevel.Misdemeanor, 0.3),
        new("7399", "Public Order Crimes", ChargeLevel.Misdemeanor, 1.5),
    ];

    /// <summary>Charges that often come with another on the same booking (warrants, resisting, traffic).</summary>
    public static readonly IReadOnlyList<string> CompanionCodes = ["4801", "4899", "5005", "5012", "5499", "3562", "5202", "2999"];
}
