using DetainerDesk.Domain.Linkage;

namespace DetainerDesk.Data.Linkage;

/// <summary>
/// The fixed Fellegi–Sunter model that scores a new person against known ones in the product. It is written down
/// rather than estimated per request (EM on a handful of candidates would be noise): m is what a re-booked person's
/// records show — mostly exact, with the typos, dropped second surnames and day/month swaps that jails make — and u is
/// the chance of the level between two different people drawn at random (a date of birth shared by chance about 1 in
/// 25,000 pairs, a surname 1 in 500). The prior says 1 pair of records in 100,000 is the same person. docs/linkage.md
/// ("In the product") lists the resulting weights; change them there and here together.
/// </summary>
public static class ArrivalModel
{
    public const double Lambda = 1e-5;

    public static FellegiSunterModel Create()
    {
        var m = new double[LinkFieldLevels.All.Length][];
        var u = new double[LinkFieldLevels.All.Length][];
        void Field(LinkField f, double[] mf, double[] uf) { m[(int)f] = mf; u[(int)f] = uf; }

        // exact · nickname · JW ≥ 0.92 · shares a part · same NYSIIS · JW ≥ 0.88 · different
        Field(LinkField.GivenName, [0.80, 0.04, 0.06, 0.03, 0.02, 0.02, 0.03], [0.004, 0.001, 0.004, 0.003, 0.004, 0.010, 0.974]);
        // exact · shares a part · JW ≥ 0.92 · same NYSIIS · JW ≥ 0.88 · different
        Field(LinkField.Surname, [0.78, 0.08, 0.06, 0.02, 0.02, 0.04], [0.002, 0.002, 0.003, 0.002, 0.008, 0.983]);
        // exact · day and month swapped · one digit slipped · year off by one · different
        Field(LinkField.BirthDate, [0.85, 0.02, 0.07, 0.02, 0.04], [0.00004, 0.00002, 0.0006, 0.0001, 0.99924]);
        Field(LinkField.Sex, [0.97, 0.03], [0.5, 0.5]);
        Field(LinkField.Country, [0.90, 0.10], [0.30, 0.70]);
        // Not stored on a person yet (always missing, 0 bits); given plausible values so that the model is complete.
        Field(LinkField.Birthplace, [0.85, 0.05, 0.10], [0.05, 0.01, 0.94]);
        Field(LinkField.Street, [0.60, 0.10, 0.30], [0.001, 0.002, 0.997]);
        Field(LinkField.City, [0.70, 0.05, 0.25], [0.05, 0.01, 0.94]);
        Field(LinkField.Postcode, [0.65, 0.05, 0.30], [0.002, 0.002, 0.996]);
        Field(LinkField.State, [0.80, 0.20], [0.10, 0.90]);
        Field(LinkField.Email, [0.60, 0.10, 0.30], [0.0001, 0.0002, 0.9997]);
        Field(LinkField.OtherId, [0.90, 0.05, 0.05], [0.0001, 0.0005, 0.9994]);
        return new FellegiSunterModel(m, u, Lambda) { RandomSurnameExactU = 0.002 };
    }
}
