using System.Globalization;

namespace DetainerDesk.Data.ReferenceData;

/// <summary>
/// Turns UWCHR's lower-case county names ("st. louis city", "doña ana county") into the spelling the Census Bureau
/// uses ("St. Louis city", "Doña Ana County"). Lower case loses some capitals, so those few are listed here.
/// </summary>
public static class CountyDisplayNames
{
    // Capitals inside a word cannot be guessed from lower case; these are every such word in the county list.
    private static readonly Dictionary<string, string> SpelledSo = new(StringComparer.Ordinal)
    {
        ["dekalb"] = "DeKalb",
        ["desoto"] = "DeSoto",
        ["dewitt"] = "DeWitt",
        ["dupage"] = "DuPage",
        ["lagrange"] = "LaGrange",
        ["lamoure"] = "LaMoure",
        ["laporte"] = "LaPorte",
        ["lasalle"] = "LaSalle",
    };

    // "Lake of the Woods", "King and Queen", "Fond du Lac", "Lac qui Parle": small words stay lower case.
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal) { "of", "the", "and", "du", "qui" };

    public static string FromLowerCase(string name)
    {
        var words = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var isLast = i == words.Length - 1;
            words[i] = i > 0 && SmallWords.Contains(words[i]) ? words[i]
                // Independent cities keep a lower-case "city" (Census: "Baltimore city"), unlike "Carson City" or "Charles City County".
                : isLast && words[i] == "city" && name != "carson city" ? "city"
                : string.Join('-', words[i].Split('-').Select(Capitalise));
        }
        return string.Join(' ', words);
    }

    private static string Capitalise(string word)
    {
        if (word.Length == 0) return word;
        if (SpelledSo.TryGetValue(word, out var spelled)) return spelled;
        if (word.Length > 2 && word.StartsWith("mc", StringComparison.Ordinal)) return "Mc" + Capitalise(word[2..]);
        if (word.Length > 2 && word.StartsWith("o'", StringComparison.Ordinal)) return "O'" + Capitalise(word[2..]);
        return char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];
    }
}
