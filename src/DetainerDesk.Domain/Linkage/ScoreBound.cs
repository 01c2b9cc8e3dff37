namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// An upper bound of a pair's weight from the cheap fields alone: the date of birth, sex, country and codes compared
/// for real, names and places at their best level. When only pairs above a floor are kept, most candidates of a large
/// file fall below it on this bound (the prior over a million records is about −21 bits) and skip the name
/// comparators, which are most of the cost. Never below the true weight, so what is kept does not change.
/// </summary>
internal static class ScoreBound
{
    public static double Bits(PreparedPerson a, PreparedPerson b, FellegiSunterModel model)
    {
        var same = false;
        for (var k = 0; k < a.Strong.Length; k++)
        {
            if (a.Strong[k] is not { } x || b.Strong[k] is not { } y) continue;
            if (x != y) return double.NegativeInfinity;
            same = true;
        }
        if (same) return FellegiSunterModel.SameIdentifierBits;

        var bits = model.PriorBits + model.BestBits(LinkField.GivenName) + model.BestBits(LinkField.Surname);
        // The frequency adjustment applies only when surnames agree exactly, read straight or swapped.
        var uExact = model.RandomSurnameExactU;
        var tf = Math.Max(Tf(uExact, Math.Max(a.SurnameShare, b.SurnameShare)), Tf(uExact, Math.Max(a.GivenShareAsSurname, b.GivenShareAsSurname)));
        bits += Math.Max(0, tf);
        bits += Level(model, LinkField.BirthDate, FieldComparators.BirthDate(a.BirthDate, b.BirthDate));
        bits += Level(model, LinkField.Sex, FieldComparators.Exact(a.Sex, b.Sex));
        bits += Level(model, LinkField.Country, FieldComparators.Exact(a.Country, b.Country));
        bits += Level(model, LinkField.State, FieldComparators.Exact(a.State, b.State));
        bits += Level(model, LinkField.Postcode, FieldComparators.Code(a.Postcode, b.Postcode));
        bits += Level(model, LinkField.OtherId, FieldComparators.Code(a.OtherId, b.OtherId));
        bits += Best(model, LinkField.Birthplace, a.Birthplace, b.Birthplace);
        bits += Best(model, LinkField.Street, a.Street, b.Street);
        bits += Best(model, LinkField.City, a.City, b.City);
        bits += Best(model, LinkField.Email, a.Email, b.Email);
        return bits;
    }

    private static double Tf(double uExact, double share) =>
        share <= 0 ? 0 : Math.Clamp(Math.Log2(uExact / share), FellegiSunterModel.MinTfBits, FellegiSunterModel.MaxTfBits);

    private static double Level(FellegiSunterModel model, LinkField field, int level) =>
        level == LinkFieldLevels.Missing ? 0 : model.LevelBits(field, level);

    // Equal text is the exact level; otherwise at best the best of the levels below it.
    private static double Best(FellegiSunterModel model, LinkField field, string a, string b) =>
        a.Length == 0 || b.Length == 0 ? 0 : a == b ? model.LevelBits(field, 0) : model.BestBits(field, from: 1);
}
