namespace DetainerDesk.Data.ReferenceData;

/// <summary>
/// Field office codes (as in ICE data and UWCHR's files) and the office names we show. DDP's file names offices
/// in words, so its spellings are mapped back to codes here too.
/// </summary>
public static class FieldOfficeNames
{
    public static readonly IReadOnlyDictionary<string, string> ByCode = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ATL"] = "Atlanta",
        ["BAL"] = "Baltimore",
        ["BOS"] = "Boston",
        ["BUF"] = "Buffalo",
        ["CHI"] = "Chicago",
        ["DAL"] = "Dallas",
        ["DEN"] = "Denver",
        ["DET"] = "Detroit",
        ["ELP"] = "El Paso",
        ["HAL"] = "Harlingen",
        ["HOU"] = "Houston",
        ["LOS"] = "Los Angeles",
        ["MIA"] = "Miami",
        ["NEW"] = "Newark",
        ["NOL"] = "New Orleans",
        ["NYC"] = "New York City",
        ["PHI"] = "Philadelphia",
        ["PHO"] = "Phoenix",
        ["SEA"] = "Seattle",
        ["SFR"] = "San Francisco",
        ["SLC"] = "Salt Lake City",
        ["SNA"] = "San Antonio",
        ["SND"] = "San Diego",
        ["SPM"] = "St. Paul",
        ["WAS"] = "Washington",
        ["HQ"] = "Headquarters",
    };

    public const string HarlingenNote = "Harlingen code as used by UWCHR; ICE's own code unverified";
    public const string HeadquartersNote = "Not a field office: the \"HQ Area of Responsibility\" bucket ICE data use; address of ICE headquarters as given by UWCHR";

    // DDP writes "St Paul" without the full stop; every other DDP office name is our name.
    private static readonly Dictionary<string, string> DdpSpellings = new(StringComparer.Ordinal) { ["St Paul"] = "SPM" };

    /// <summary>The code for an office named in DDP's file, or null for a name we do not know.</summary>
    public static string? CodeForDdpName(string ddpName) =>
        DdpSpellings.TryGetValue(ddpName, out var code) ? code
        : ByCode.FirstOrDefault(o => o.Value == ddpName && o.Key != "HQ").Key;
}
