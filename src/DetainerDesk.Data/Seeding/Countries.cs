namespace DetainerDesk.Data.Seeding;

/// <summary>Which census surnames a person's name is drawn from, by the share of bearers in the group.</summary>
public enum SurnameGroup { Hispanic, Asian, Other }

/// <summary>
/// A country of citizenship and how names from there are written: the culture of given names, the census
/// surname group, whether Spanish accents and particles are used, and how often two surnames are recorded.
/// </summary>
public sealed record Country(string Name, double Weight, NameCulture GivenNames, SurnameGroup Surnames, bool SpanishSpelling, double TwoSurnamesShare);

public static class Countries
{
    /// <summary>
    /// Weights roughly follow the citizenship mix of detainer subjects in published ICE statistics (Mexico about half,
    /// then the Northern Triangle); they only need to look plausible. Filipino surnames are Spanish but written
    /// without accents and with one surname; Asian and Caribbean subjects get English given names because our
    /// given-name list has only Spanish and English names.
    /// </summary>
    public static readonly IReadOnlyList<Country> All =
    [
        new("Mexico", 55, NameCulture.Hispanic, SurnameGroup.Hispanic, true, 0.30),
        new("Guatemala", 11, NameCulture.Hispanic, SurnameGroup.Hispanic, true, 0.35),
        new("Honduras", 9, NameCulture.Hispanic, SurnameGroup.Hispanic, true, 0.35),
        new("El Salvador", 6, NameCulture.Hispanic, SurnameGroup.Hispanic, true, 0.35),
        new("Dominican Republic", 2.5, NameCulture.Hispanic, SurnameGroup.Hispanic, true, 0.25),
        new("Venezuela", 2, NameCulture.Hispanic, SurnameGroup.Hispanic, true, 0.30),
        new("Cuba", 1.5, NameCulture.Hispanic, SurnameGroup.Hispanic, true, 0.30),
        new("Colombia", 1.5, NameCulture.Hispanic, SurnameGroup.Hispanic, true, 0.35),
        new("Ecuador", 1.5, NameCulture.Hispanic, SurnameGroup.Hispanic, true, 0.35),
        new("Nicaragua", 1.5, NameCulture.Hispanic, SurnameGroup.Hispanic, true, 0.35),
        new("Peru", 0.5, NameCulture.Hispanic, SurnameGroup.Hispanic, true, 0.35),
        new("Philippines", 0.6, NameCulture.Anglo, SurnameGroup.Hispanic, false, 0),
        new("Vietnam", 0.7, NameCulture.Anglo, SurnameGroup.Asian, false, 0),
        new("China", 0.5, NameCulture.Anglo, SurnameGroup.Asian, false, 0),
        new("India", 0.6, NameCulture.Anglo, SurnameGroup.Asian, false, 0),
        new("Jamaica", 1.2, NameCulture.Anglo, SurnameGroup.Other, false, 0),
        new("Haiti", 0.8, NameCulture.Anglo, SurnameGroup.Other, false, 0),
        new("Canada", 0.4, NameCulture.Anglo, SurnameGroup.Other, false, 0),
        new("United Kingdom", 0.3, NameCulture.Anglo, SurnameGroup.Other, false, 0),
        new("Nigeria", 0.3, NameCulture.Anglo, SurnameGroup.Other, false, 0),
    ];
}
