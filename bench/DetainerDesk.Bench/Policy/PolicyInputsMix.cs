using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;

namespace DetainerDesk.Bench.Policy;

/// <summary>
/// A reproducible stream of detainer inputs resembling the national mix: the twelve places the rule sets cover (with
/// weights roughly like detainer volumes), evaluation dates from 2012 to 2026 so every rule-set version is exercised,
/// the form in use on that date, probable-cause boxes, warrant kinds (mostly administrative), and 0–5 convictions and
/// 0–2 current charges with levels, dates inside and outside the look-back windows, and the occasional registry or flag.
/// The same seed gives the same stream, so the baseline builds exactly the inputs the measured loop evaluates.
/// </summary>
public sealed class PolicyInputsMix(int seed)
{
    public sealed record Place(string Name, Jurisdiction Jurisdiction, int Weight, Agreement287g Agreement = Agreement287g.None);

    public static readonly Place[] Places =
    [
        new("Texas (SB 4, mandatory)", new("TX", "48201"), 25),
        new("California (Values + TRUTH Acts)", new("CA", "06037"), 15),
        new("Florida (SB 168, mandatory)", new("FL", "12086"), 12),
        new("Federal baseline only (Georgia)", new("GA", "13121"), 12),
        new("287(g) jail model (Georgia)", new("GA", "13135"), 8, Agreement287g.JailEnforcement),
        new("New York City", new("NY", "36061", "New York"), 6),
        new("Colorado (HB19-1124)", new("CO", "08031"), 5),
        new("Oregon", new("OR", "41051"), 4),
        new("Cook County, IL", new("IL", "17031"), 4),
        new("Illinois (TRUST Act)", new("IL", "17043"), 3),
        new("King County, WA", new("WA", "53033"), 3),
        new("Washington (Keep Washington Working)", new("WA", "53053"), 3),
    ];

    private static readonly string[] Ncic = ["0999", "1101", "1201", "1313", "2399", "3562", "3599", "4801", "5404", "5707"];
    private static readonly DateOnly First = new(2012, 1, 1);
    private static readonly int Days = new DateOnly(2026, 11, 28).DayNumber - First.DayNumber;
    private static readonly int[] PlaceByPercent = [.. Places.SelectMany((p, i) => Enumerable.Repeat(i, p.Weight))];

    private readonly Random _random = new(seed);

    public (int Place, PolicyInputs Inputs) Next()
    {
        var r = _random;
        var placeIndex = PlaceByPercent[r.Next(PlaceByPercent.Length)];
        var place = Places[placeIndex];
        var date = First.AddDays(r.Next(Days));
        var form = FormOn(date, r.Next(100));
        var basis = (ProbableCauseBasis)(1 << r.Next(4));
        if (r.Next(3) == 0) basis |= (ProbableCauseBasis)(1 << r.Next(4));
        if (r.Next(30) == 0) basis = ProbableCauseBasis.ResumeCustody;

        var w = r.Next(100);
        WarrantKind[] warrants = w switch
        {
            < 55 => [WarrantKind.AdministrativeI200],
            < 75 => [WarrantKind.AdministrativeI205],
            < 87 => [],
            < 92 => [WarrantKind.JudicialFederal],
            < 96 => [WarrantKind.JudicialState],
            < 98 => [WarrantKind.Writ],
            _ => [WarrantKind.AdministrativeI200, WarrantKind.JudicialState],
        };

        var c = r.Next(100);
        var convictions = new Offence[c < 40 ? 0 : c < 65 ? 1 : c < 80 ? 2 : 3 + r.Next(3)];
        for (var i = 0; i < convictions.Length; i++) convictions[i] = Conviction(date);
        var charges = new Offence[r.Next(3)];
        for (var i = 0; i < charges.Length; i++) charges[i] = Charge(date);

        Registry[] registries = r.Next(50) == 0 ? [Registry.CaliforniaPc290] : [];
        var f = r.Next(100);
        PolicyFlag[] flags = f switch
        {
            < 2 => [PolicyFlag.TerroristScreeningMatch],
            < 5 => [PolicyFlag.AggravatedFelonyConviction],
            < 7 => [PolicyFlag.OutstandingFederalFelonyWarrant],
            < 8 => [PolicyFlag.ProofOfLawfulStatus],
            < 9 => [PolicyFlag.CitizenshipOrVictimClaimOpen],
            < 12 => [PolicyFlag.ReimbursementAgreement],
            _ => [],
        };
        return (placeIndex, new PolicyInputs(place.Jurisdiction, date, form, basis, warrants, convictions, charges, registries, flags, place.Agreement));
    }

    private static DetainerFormType FormOn(DateOnly date, int roll) =>
        date < DetainerForms.PepFormsFrom ? DetainerFormType.I247
        : date < DetainerForms.I247AFrom ? (roll < 60 ? DetainerFormType.I247D : roll < 90 ? DetainerFormType.I247N : DetainerFormType.I247X)
        : date >= DetainerForms.I247GFrom && roll < 15 ? DetainerFormType.I247G
        : DetainerFormType.I247A;

    private Offence Conviction(DateOnly evaluated)
    {
        var r = _random;
        var level = r.Next(100) switch { < 35 => OffenceLevel.Felony, < 90 => OffenceLevel.Misdemeanor, _ => OffenceLevel.Wobbler };
        var felony = level != OffenceLevel.Misdemeanor;
        return new Offence(Ncic[r.Next(Ncic.Length)], level, evaluated.AddDays(-r.Next(25 * 365)),
            SeriousOrViolentFelony: felony && r.Next(8) == 0,
            StatePrisonEligible: felony && r.Next(10) < 7,
            SentenceDays: r.Next(3) == 0 ? null : 10 + r.Next(3000),
            OnStateOffenceList: r.Next(5) == 0);
    }

    private Offence Charge(DateOnly evaluated)
    {
        var r = _random;
        var level = r.Next(100) switch { < 40 => OffenceLevel.Felony, < 90 => OffenceLevel.Misdemeanor, _ => OffenceLevel.Wobbler };
        return new Offence(Ncic[r.Next(Ncic.Length)], level, evaluated.AddDays(-r.Next(60)),
            SeriousOrViolentFelony: level == OffenceLevel.Felony && r.Next(6) == 0,
            StatePrisonEligible: level != OffenceLevel.Misdemeanor && r.Next(10) < 6,
            MagistrateFoundProbableCause: r.Next(2) == 0,
            OnStateOffenceList: r.Next(5) == 0);
    }
}
