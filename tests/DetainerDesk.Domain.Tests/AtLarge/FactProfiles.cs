using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Domain.AtLarge.Priorities;

namespace DetainerDesk.Domain.Tests.AtLarge;

/// <summary>Named records of synthetic people, so each framework's table reads as "this person → this priority".</summary>
internal static class FactProfiles
{
    private static readonly DateOnly AsOf = new(2024, 6, 1);

    private static Offence Convicted(string ncic, string day, OffenceLevel level, bool aggravated = false, bool minor = false) =>
        new(ncic, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), OffenceKind.Conviction, level, aggravated, minor);

    private static Offence Charged(string ncic, string day) =>
        new(ncic, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), OffenceKind.PendingCharge, OffenceLevel.Felony);

    public static readonly IReadOnlyDictionary<string, PriorityFacts> All = new Dictionary<string, PriorityFacts>
    {
        ["nothing"] = new() { AsOf = AsOf },
        ["national-security"] = new() { AsOf = AsOf, NationalSecurity = true },
        ["gang-adult"] = new() { AsOf = AsOf, GangParticipation = true, AgeYears = 24 },
        ["gang-15"] = new() { AsOf = AsOf, GangParticipation = true, AgeYears = 15 },
        ["felony-drugs"] = new() { AsOf = AsOf, Offences = [Convicted("3530", "2016-05-02", OffenceLevel.Felony)], SeverityLevel = 1 },
        ["felony-illegal-reentry"] = new() { AsOf = AsOf, Offences = [Convicted("0399", "2016-05-02", OffenceLevel.Felony)] },
        ["aggravated-felony"] = new() { AsOf = AsOf, Offences = [Convicted("1203", "2012-01-10", OffenceLevel.Felony, aggravated: true)], SeverityLevel = 1 },
        ["one-dui"] = new() { AsOf = AsOf, Offences = [Convicted("5404", "2019-03-03", OffenceLevel.Misdemeanour)], SeverityLevel = 3 },
        ["three-petty-misdemeanours"] = new()
        {
            AsOf = AsOf,
            Offences = [Convicted("2308", "2015-02-01", OffenceLevel.Misdemeanour), Convicted("2308", "2016-02-01", OffenceLevel.Misdemeanour), Convicted("4801", "2017-02-01", OffenceLevel.Misdemeanour)],
        },
        ["three-same-day"] = new()
        {
            AsOf = AsOf,
            Offences = [Convicted("2308", "2015-02-01", OffenceLevel.Misdemeanour), Convicted("4801", "2015-02-01", OffenceLevel.Misdemeanour), Convicted("2399", "2015-02-01", OffenceLevel.Misdemeanour)],
        },
        ["traffic-only"] = new() { AsOf = AsOf, Offences = [Convicted("5499", "2018-01-01", OffenceLevel.Misdemeanour)] },
        ["pending-theft"] = new() { AsOf = AsOf, Offences = [Charged("2308", "2024-04-01")] },
        ["entered-2015"] = new() { AsOf = AsOf, LastUnlawfulEntryOn = new(2015, 7, 1) },
        ["entered-2021"] = new() { AsOf = AsOf, LastUnlawfulEntryOn = new(2021, 3, 1) },
        ["final-order-2010"] = new() { AsOf = AsOf, FinalOrderOn = new(2010, 5, 5) },
        ["final-order-2016"] = new() { AsOf = AsOf, FinalOrderOn = new(2016, 5, 5) },
        ["removed-before"] = new() { AsOf = AsOf, PriorRemovals = [new(2013, 8, 1)] },
        ["child-sex-offence"] = new() { AsOf = AsOf, Offences = [Convicted("3604", "2014-09-09", OffenceLevel.Misdemeanour, minor: true)], SeverityLevel = 2 },
    };
}
