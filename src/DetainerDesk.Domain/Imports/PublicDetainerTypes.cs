using System.Text.RegularExpressions;
using DetainerDesk.Domain.Detainers;

namespace DetainerDesk.Domain.Imports;

/// <summary>The form and edition a released "Detainer Type" names, e.g. I247 with edition "as of March 2013".</summary>
public readonly record struct PublicDetainerType(DetainerFormType Form, string? Edition);

/// <summary>
/// Reads the "Detainer Type" of ICE's public releases: "I247 - Immigration Detainer - Notice of Action (as of March 2013)",
/// "I247D - Immigration Detainer - Request for Action", "I247N - Immigration Advisal - Request for Notification", and the
/// later forms written the same way ("I-247A …", "I247X …"). The form number at the start decides; a parenthesised
/// edition at the end is kept.
/// </summary>
public static partial class PublicDetainerTypes
{
    [GeneratedRegex(@"^\s*I\s*-?\s*247\s*([A-Z]?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FormNumber();

    [GeneratedRegex(@"\(([^()]{1,60})\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Edition();

    /// <summary>The form, or null for a blank value or one that names no detainer form we know.</summary>
    public static PublicDetainerType? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var number = FormNumber().Match(raw);
        if (!number.Success) return null;
        DetainerFormType? form = number.Groups[1].Value.ToUpperInvariant() switch
        {
            "" => DetainerFormType.I247,
            "D" => DetainerFormType.I247D,
            "N" => DetainerFormType.I247N,
            "X" => DetainerFormType.I247X,
            "A" => DetainerFormType.I247A,
            "G" => DetainerFormType.I247G,
            _ => null,
        };
        if (form is null) return null;
        var edition = Edition().Match(raw);
        return new PublicDetainerType(form.Value, edition.Success ? edition.Groups[1].Value.Trim() : null);
    }
}
