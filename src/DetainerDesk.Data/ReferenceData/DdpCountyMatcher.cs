using System.Globalization;
using System.Text;

namespace DetainerDesk.Data.ReferenceData;

/// <summary>DDP's map resolved to county FIPS codes, and every row that could not be resolved (should be none).</summary>
public sealed record DdpMatch(IReadOnlyDictionary<string, string> AorByCountyFips, IReadOnlyList<string> Problems);

/// <summary>
/// Resolves DDP's office, state and county names to codes. DDP spells names its own way ("DeWitt", "St. Lawrence",
/// "United States Virgin Islands"), so names are compared by a key without case, accents, spaces or punctuation.
/// </summary>
public static class DdpCountyMatcher
{
    // The two territories DDP names by their long official names.
    private static readonly Dictionary<string, string> StateAliases = new(StringComparer.Ordinal)
    {
        [Key("Commonwealth of the Northern Mariana Islands")] = "69",
        [Key("United States Virgin Islands")] = "78",
    };

    public static DdpMatch Match(IReadOnlyList<DdpAorRow> rows, IReadOnlyList<UsState> states, IReadOnlyList<UsCounty> counties)
    {
        var stateFipsByKey = states.ToDictionary(s => Key(s.Name), s => s.Fips, StringComparer.Ordinal);
        foreach (var (alias, fips) in StateAliases) stateFipsByKey[alias] = fips;
        var countiesByState = counties.ToLookup(c => c.StateFips, StringComparer.Ordinal);
        // Throws on two counties of one state with the same key: then names alone could not tell them apart.
        var countyByKey = counties.ToDictionary(c => (c.StateFips, CountyKey(c.Name)), c => c.Fips);

        var aorByCounty = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var row in rows)
        {
            var code = FieldOfficeNames.CodeForDdpName(row.OfficeName);
            if (code is null) { problems.Add($"record {row.Number}: unknown office '{row.OfficeName}'"); continue; }
            if (!stateFipsByKey.TryGetValue(Key(row.StateName), out var stateFips)) { problems.Add($"record {row.Number}: unknown state '{row.StateName}'"); continue; }

            IEnumerable<string> covered;
            if (row.CountyName is null) covered = countiesByState[stateFips].Select(c => c.Fips);
            else if (countyByKey.TryGetValue((stateFips, CountyKey(row.CountyName)), out var countyFips)) covered = [countyFips];
            else { problems.Add($"record {row.Number}: no county '{row.CountyName}' in {row.StateName}"); continue; }

            foreach (var fips in covered)
                if (!aorByCounty.TryAdd(fips, code))
                    problems.Add($"record {row.Number}: county {fips} already assigned to {aorByCounty[fips]}");
        }
        return new DdpMatch(aorByCounty, problems);
    }

    // "DeKalb County" and "De Kalb" both become "dekalb"; "St. Louis city" stays "stlouiscity", apart from "St. Louis County".
    private static string CountyKey(string name)
    {
        foreach (var suffix in (string[])[" County", " Parish"])
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return Key(name[..^suffix.Length]);
        return Key(name);
    }

    private static string Key(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
            if (char.IsLetterOrDigit(c)) key.Append(char.ToLowerInvariant(c));
        return key.ToString();
    }
}
