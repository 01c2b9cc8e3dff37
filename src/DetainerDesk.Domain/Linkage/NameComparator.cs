namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// Levels for given names and surnames, and the choice of orientation: when a clerk swapped given and family name,
/// comparing given-with-surname agrees better than the straight comparison, and that reading is used.
/// </summary>
public static class NameComparator
{
    public static int GivenLevel(NameFeatures a, NameFeatures b)
    {
        if (a.IsEmpty || b.IsEmpty) return LinkFieldLevels.Missing;
        if (a.Name.SameAs(b.Name)) return 0;
        if (Nicknames.ShareAny(a.FormalIds, b.FormalIds)) return 1;
        var jw = JaroWinkler.Similarity(a.Joined, b.Joined);
        if (jw >= 0.92) return 2;
        if (SharesPart(a.Name.Parts, b.Name.Parts)) return 3;
        if (a.Code.Length > 0 && a.Code == b.Code) return 4;
        if (jw >= 0.88) return 5;
        return 6;
    }

    public static int SurnameLevel(NameFeatures a, NameFeatures b, string[] allPartsOfA, string[] allPartsOfB)
    {
        if (a.IsEmpty || b.IsEmpty) return LinkFieldLevels.Missing;
        if (a.Name.SameAs(b.Name)) return 0;
        // One of two surnames kept, or the surname written in the middle-name field.
        if (SharesPart(a.Name.Parts, b.Name.Parts) || SharesPart(a.Name.Parts, allPartsOfB) || SharesPart(b.Name.Parts, allPartsOfA)) return 1;
        var jw = JaroWinkler.Similarity(a.Joined, b.Joined);
        if (jw >= 0.92) return 2;
        if (a.Code.Length > 0 && a.Code == b.Code) return 3;
        if (jw >= 0.88) return 4;
        return 5;
    }

    /// <summary>Given-name and surname levels under the better orientation, and whether that is the swapped one.</summary>
    public static (int Given, int Surname, bool Swapped) Compare(PreparedPerson a, PreparedPerson b)
    {
        var given = GivenLevel(a.Given, b.Given);
        var surname = SurnameLevel(a.Surname, b.Surname, a.AllNameParts, b.AllNameParts);
        if (a.Given.IsEmpty || a.Surname.IsEmpty || b.Given.IsEmpty || b.Surname.IsEmpty) return (given, surname, false);
        var straight = Rank(given, LinkField.GivenName) + Rank(surname, LinkField.Surname);
        // The swapped reading must beat the straight one by more than half a step; it cannot when the straight one is this good.
        if (straight <= SwapMargin) return (given, surname, false);
        // Swapped reading: a's given against b's surname, a's surname against b's given. Both cross pairs use the
        // surname comparator, and the better one is reported as the given-name level, so that score(a, b) and
        // score(b, a) see the same two unordered pairs and agree.
        var x = SurnameLevel(a.Given, b.Surname, a.AllNameParts, b.AllNameParts);
        var y = SurnameLevel(a.Surname, b.Given, a.AllNameParts, b.AllNameParts);
        var swappedGiven = SurnameToGivenLevel[Math.Min(x, y)];
        var swappedSurname = Math.Max(x, y);
        var swapped = Rank(swappedGiven, LinkField.GivenName) + Rank(swappedSurname, LinkField.Surname);
        return swapped < straight - SwapMargin ? (swappedGiven, swappedSurname, true) : (given, surname, false);
    }

    private const double SwapMargin = 0.5;

    // Surname levels (exact, part, JW92, code, JW88, different) as given-name levels.
    private static readonly int[] SurnameToGivenLevel = [0, 3, 2, 4, 5, 6];

    // Levels scaled to 0..1 so that given names (7 levels) and surnames (6) weigh alike when choosing orientation.
    private static double Rank(int level, LinkField field) => (double)level / (LinkFieldLevels.Count(field) - 1);

    private static bool SharesPart(string[] a, string[] b)
    {
        foreach (var x in a)
        {
            if (x.Length < 2) continue;
            foreach (var y in b) if (x == y) return true;
        }
        return false;
    }
}
