namespace DetainerDesk.Data.ReferenceData;

/// <summary>A county of UWCHR's county_aor.csv with the AOR UWCHR assigns it (the map before Harlingen existed).</summary>
public sealed record UwchrCounty(UsCounty County, string AorCode);

/// <summary>
/// UWCHR/ice-enforce share/hand/county_aor.csv: geoid, geoid_state, geoid_county, name ("autauga county, alabama"), aor.
/// It is also our county list: every county and county-equivalent of the states and Puerto Rico (2024 Connecticut planning regions).
/// </summary>
public static class UwchrCountyAorFile
{
    public static IReadOnlyList<UwchrCounty> Read(IReadOnlyList<UsState> states)
    {
        var stateByFips = states.ToDictionary(s => s.Fips, StringComparer.Ordinal);
        using var reader = ReferenceFiles.OpenText(ReferenceFiles.UwchrCountyAor);
        return CsvLines.ReadWithHeader(reader).Select(r =>
        {
            var fips = r["geoid"];
            var stateFips = r["geoid_state"];
            if (fips.Length != 5 || fips != stateFips + r["geoid_county"] || !stateByFips.TryGetValue(stateFips, out var state))
                throw new FormatException($"{ReferenceFiles.UwchrCountyAor} record {r.Number}: geoid '{fips}' does not match a known state.");

            var name = r["name"];
            var comma = name.LastIndexOf(", ", StringComparison.Ordinal);
            // The state half must agree with the FIPS code, so a shifted or mistyped row fails here.
            if (comma < 0 || !name[(comma + 2)..].Equals(state.Name, StringComparison.OrdinalIgnoreCase))
                throw new FormatException($"{ReferenceFiles.UwchrCountyAor} record {r.Number}: '{name}' is not \"county, {state.Name}\".");

            var county = new UsCounty { Fips = fips, StateFips = stateFips, Name = CountyDisplayNames.FromLowerCase(name[..comma]) };
            return new UwchrCounty(county, r["aor"]);
        }).ToList();
    }
}
