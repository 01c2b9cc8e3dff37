namespace DetainerDesk.Data.ReferenceData;

/// <summary>One row of DDP's map: an office covering a whole state (no county) or one county of CA, NY or TX.</summary>
public sealed record DdpAorRow(int Number, string OfficeName, string StateName, string? CountyName);

/// <summary>
/// deportationdata/ice-offices inputs/ice-areas-of-responsibility.csv: "office_name", "state_name", "county_name",
/// "notes" — all quoted, separated by ", ". The newer map: it has Harlingen.
/// </summary>
public static class DdpAreasOfResponsibilityFile
{
    public static IReadOnlyList<DdpAorRow> Read()
    {
        using var reader = ReferenceFiles.OpenText(ReferenceFiles.DdpAreasOfResponsibility);
        return CsvLines.ReadWithHeader(reader, skipSpaceBeforeQuote: true)
            .Select(r => new DdpAorRow(r.Number, r["office_name"], r["state_name"], r["county_name"] is "" ? null : r["county_name"]))
            .ToList();
    }
}
