namespace DetainerDesk.Data.ReferenceData;

/// <summary>
/// UWCHR/ice-facilities join/output/facilities.csv.gz: ICE's facility list (FOIA, NIJC Nov 2017) joined with
/// UWCHR's researched rows, pipe-delimited, "NA" for missing. We keep the columns <see cref="IceFacility"/> has.
/// </summary>
public static class UwchrIceFacilitiesFile
{
    public static IReadOnlyList<IceFacility> Read()
    {
        using var reader = ReferenceFiles.OpenText(ReferenceFiles.UwchrIceFacilities);
        return CsvLines.ReadWithHeader(reader, delimiter: '|').Select(r => new IceFacility
        {
            DetLoc = Value(r["detloc"]) ?? throw new FormatException($"{ReferenceFiles.UwchrIceFacilities} record {r.Number}: no detloc."),
            Name = Value(r["name"]) ?? throw new FormatException($"{ReferenceFiles.UwchrIceFacilities} record {r.Number}: no name."),
            Address = Value(r["address"]),
            City = Value(r["city"]),
            County = Value(r["county"]),
            StateCode = Value(r["state"]),
            Zip = Value(r["zip"]),
            AorCode = Value(r["aor"]),
            Type = Value(r["type"]),
            TypeDetailed = Value(r["type_detailed"]),
        }).ToList();
    }

    // Values carry stray spaces ("GRAYS HARBOR "); R wrote missing values as NA.
    private static string? Value(string raw)
    {
        var value = raw.Trim();
        return value is "" or "NA" ? null : value;
    }
}
