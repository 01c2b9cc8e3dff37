using System.Globalization;
using System.Text;

namespace DetainerDesk.Data.Seeding;

/// <summary>
/// Turns the census's upper-case, accent-free, apostrophe-free spellings into names as people write them, and
/// undoes that again (accents dropped, particles joined) the way later records often do.
/// </summary>
public static class SurnameSpelling
{
    // The census strips accents; for people of Hispanic origin the written name usually carries them.
    private static readonly Dictionary<string, string> SpanishAccents = new(StringComparer.Ordinal)
    {
        ["GARCIA"] = "García",
        ["RODRIGUEZ"] = "Rodríguez",
        ["MARTINEZ"] = "Martínez",
        ["HERNANDEZ"] = "Hernández",
        ["LOPEZ"] = "López",
        ["GONZALEZ"] = "González",
        ["PEREZ"] = "Pérez",
        ["SANCHEZ"] = "Sánchez",
        ["RAMIREZ"] = "Ramírez",
        ["GOMEZ"] = "Gómez",
        ["DIAZ"] = "Díaz",
        ["VASQUEZ"] = "Vásquez",
        ["VAZQUEZ"] = "Vázquez",
        ["JIMENEZ"] = "Jiménez",
        ["ALVAREZ"] = "Álvarez",
        ["FERNANDEZ"] = "Fernández",
        ["GUTIERREZ"] = "Gutiérrez",
        ["CHAVEZ"] = "Chávez",
        ["NUNEZ"] = "Núñez",
        ["BENITEZ"] = "Benítez",
        ["DOMINGUEZ"] = "Domínguez",
        ["MARQUEZ"] = "Márquez",
        ["VELAZQUEZ"] = "Velázquez",
        ["VELASQUEZ"] = "Velásquez",
        ["SUAREZ"] = "Suárez",
        ["RIOS"] = "Ríos",
        ["MENDEZ"] = "Méndez",
        ["MEJIA"] = "Mejía",
        ["PENA"] = "Peña",
        ["MUNOZ"] = "Muñoz",
        ["GALVAN"] = "Galván",
        ["BELTRAN"] = "Beltrán",
        ["DURAN"] = "Durán",
        ["LEON"] = "León",
        ["CALDERON"] = "Calderón",
        ["GUZMAN"] = "Guzmán",
        ["ROMAN"] = "Román",
        ["AVILA"] = "Ávila",
        ["CARDENAS"] = "Cárdenas",
        ["ZUNIGA"] = "Zúñiga",
        ["CORTES"] = "Cortés",
        ["SOLIS"] = "Solís",
        ["CORDOVA"] = "Córdova",
        ["FARIAS"] = "Farías",
        ["TELLEZ"] = "Téllez",
        ["ACUNA"] = "Acuña",
        ["ORDONEZ"] = "Ordóñez",
        ["IBANEZ"] = "Ibáñez",
        ["RAMON"] = "Ramón",
        ["JESUS"] = "Jesús",
        ["MONTANEZ"] = "Montañez",
        ["CASTANEDA"] = "Castañeda",
        ["BANUELOS"] = "Bañuelos",
        ["PATINO"] = "Patiño",
        ["GODINEZ"] = "Godínez",
        ["VALDES"] = "Valdés",
        ["SAENZ"] = "Sáenz",
        ["PAEZ"] = "Páez",
        ["ALARCON"] = "Alarcón",
        ["RINCON"] = "Rincón",
        ["CONCEPCION"] = "Concepción",
        ["MARIN"] = "Marín",
        ["ANGELES"] = "Ángeles",
        ["ARAGON"] = "Aragón",
        ["GARZON"] = "Garzón",
    };

    // Particle names the census writes as one word; Spanish writes the particle apart and in lower case.
    private static readonly Dictionary<string, string> Particles = new(StringComparer.Ordinal)
    {
        ["DELACRUZ"] = "de la Cruz",
        ["DELEON"] = "de León",
        ["DEJESUS"] = "de Jesús",
        ["DELAROSA"] = "de la Rosa",
        ["DELOSSANTOS"] = "de los Santos",
        ["DELATORRE"] = "de la Torre",
        ["DELAGARZA"] = "de la Garza",
    };

    // The census drops apostrophes; these are the O' names in its top 1,000.
    private static readonly HashSet<string> IrishO = new(StringComparer.Ordinal)
        { "OBRIEN", "OCONNOR", "ONEILL", "ONEAL", "ODONNELL", "OCONNELL" };

    /// <summary>The name as written: Spanish accents and particles only when <paramref name="hispanicOrigin"/>.</summary>
    public static string Render(string censusName, bool hispanicOrigin)
    {
        if (hispanicOrigin && Particles.TryGetValue(censusName, out var particle)) return particle;
        if (hispanicOrigin && SpanishAccents.TryGetValue(censusName, out var accented)) return accented;
        if (IrishO.Contains(censusName)) return "O'" + TitleCase(censusName[1..]);
        if (censusName.StartsWith("MC", StringComparison.Ordinal) && censusName.Length > 3)
            return "Mc" + TitleCase(censusName[2..]);
        if (censusName.StartsWith("MACD", StringComparison.Ordinal))
            return "Mac" + TitleCase(censusName[3..]);
        return TitleCase(censusName);
    }

    public static string TitleCase(string upper) =>
        upper.Length == 0 ? upper : string.Concat(upper[..1], upper[1..].ToLowerInvariant());

    /// <summary>"García" → "Garcia", "Núñez" → "Nunez": what a keyboard without accents, or an old system, records.</summary>
    public static string WithoutAccents(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) kept.Append(c);
        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    public static bool HasAccents(string name) => WithoutAccents(name) != name;

    /// <summary>Whether the surname starts with a Spanish particle ("de la Cruz", "de León").</summary>
    public static bool HasParticle(string surname) =>
        surname.StartsWith("de ", StringComparison.Ordinal) || surname.StartsWith("De ", StringComparison.Ordinal);

    /// <summary>"de la Cruz" → "Delacruz": how many US systems store particle names.</summary>
    public static string JoinParticle(string surname) =>
        TitleCase(WithoutAccents(surname.Replace(" ", "", StringComparison.Ordinal)).ToUpperInvariant());
}
