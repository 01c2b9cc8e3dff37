using System.Text.RegularExpressions;

namespace DetainerDesk.Domain.Imports;

/// <summary>
/// FOIA exemption markers that stand in for a withheld value, e.g. "(b)(6), (b)(7)(c)" or "(b)(3), (b)(6), (b)(7)(c)".
/// Such a cell says the value was redacted; it is never read as a value of the column.
/// </summary>
public static partial class FoiaRedaction
{
    public static bool IsMarker(string? value) => value is not null && Marker().IsMatch(value);

    [GeneratedRegex(@"^\s*\(b\)\(\d\)(\([A-Fa-f]\))?(\s*[,;]?\s*\(b\)\(\d\)(\([A-Fa-f]\))?)*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
