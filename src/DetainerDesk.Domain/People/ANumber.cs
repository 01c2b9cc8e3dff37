using System.Text.RegularExpressions;

namespace DetainerDesk.Domain.People;

/// <summary>Alien registration numbers: "A" followed by 8 or 9 digits, written with or without dashes; stored as A + 9 digits.</summary>
public static partial class ANumber
{
    [GeneratedRegex(@"^A?(\d{8,9})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryNormalise(string? input, out string normalised)
    {
        normalised = "";
        if (string.IsNullOrWhiteSpace(input)) return false;
        var compact = input.Trim().Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        var match = Pattern().Match(compact);
        if (!match.Success) return false;
        normalised = "A" + match.Groups[1].Value.PadLeft(9, '0');
        return true;
    }
}
