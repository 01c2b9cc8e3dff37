namespace DetainerDesk.Data.ReferenceData;

/// <summary>Our own us_states.csv: 50 states, DC and the five inhabited territories with FIPS, USPS code, name and time zone.</summary>
public static class UsStatesFile
{
    public static IReadOnlyList<UsState> Read()
    {
        using var reader = ReferenceFiles.OpenText(ReferenceFiles.UsStates);
        return CsvLines.ReadWithHeader(reader)
            .Select(r => new UsState { Fips = r["fips"], Code = r["usps"], Name = r["name"], DefaultTimeZone = r["time_zone"] })
            .ToList();
    }
}
