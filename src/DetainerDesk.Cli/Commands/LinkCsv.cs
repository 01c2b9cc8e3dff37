using System.Text.RegularExpressions;
using DetainerDesk.Domain.Linkage;
using nietras.SeparatedValues;

namespace DetainerDesk.Cli.Commands;

/// <summary>
/// Reads any CSV of people into <see cref="PersonRecord"/>s through a column map ("given=first_name,surname=surname").
/// A map value may join several columns with '+' ("street=street_number+address_1"). Unmapped columns are ignored.
/// </summary>
public static class LinkCsv
{
    public static readonly string[] MapKeys =
        ["given", "middle", "surname", "full_name", "dob", "sex", "country", "birthplace", "street", "city", "suburb", "postcode", "state", "email", "other_id", "anumber", "fbi", "fin", "sid"];

    public static Dictionary<string, string[]> ParseMap(string map)
    {
        var result = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in map.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new FormatException($"'{item}' is not key=column.");
            var key = item[..eq].Trim().ToLowerInvariant();
            if (!MapKeys.Contains(key)) throw new FormatException($"Unknown map key '{key}'. Keys: {string.Join(", ", MapKeys)}.");
            if (key == "suburb") key = "city";
            result[key] = item[(eq + 1)..].Split('+', StringSplitOptions.TrimEntries);
        }
        return result;
    }

    /// <summary>Rows of one file. <paramref name="truthPattern"/>: a regex whose first group (or whole match) is the entity.</summary>
    public static (List<PersonRecord> Records, List<string> Truth) Read(string path, int source, string idColumn, Dictionary<string, string[]> map, string? truthColumn, Regex? truthPattern)
    {
        // FEBRL separates with ", ": trimming every cell reads both that and plain CSV.
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true }).FromFile(path);
        var columns = reader.Header.ColNames.Select((name, index) => (name: name.Trim(), index)).ToDictionary(c => c.name, c => c.index, StringComparer.OrdinalIgnoreCase);
        int Col(string name) => columns.TryGetValue(name, out var i) ? i : throw new FormatException($"{Path.GetFileName(path)} has no column '{name}'.");
        var idIndex = Col(idColumn);
        var mapIndexes = map.ToDictionary(m => m.Key, m => m.Value.Select(Col).ToArray());
        var truthIndex = truthColumn is null ? -1 : Col(truthColumn);

        var records = new List<PersonRecord>();
        var truth = new List<string>();
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var c = 0; c < cells.Length; c++) cells[c] = row[c].ToString();
            string? Get(string key)
            {
                if (!mapIndexes.TryGetValue(key, out var indexes)) return null;
                var text = string.Join(' ', indexes.Where(i => i < cells.Length).Select(i => cells[i]).Where(s => s.Length > 0));
                return text.Length == 0 ? null : text;
            }
            records.Add(new PersonRecord
            {
                Id = cells[idIndex], Source = source,
                Given = Get("given"), Middle = Get("middle"), Surname = Get("surname"), FullName = Get("full_name"),
                BirthDate = Get("dob"), Sex = Get("sex"), Country = Get("country"), Birthplace = Get("birthplace"),
                Street = Get("street"), City = Get("city"), Postcode = Get("postcode"), State = Get("state"),
                Email = Get("email"), OtherId = Get("other_id"),
                ANumber = Get("anumber"), Fbi = Get("fbi"), Fin = Get("fin"), StateSid = Get("sid"),
            });
            if (truthIndex >= 0)
            {
                var value = cells[truthIndex];
                var match = truthPattern?.Match(value);
                truth.Add(match is null ? value : !match.Success ? value : match.Groups.Count > 1 ? match.Groups[1].Value : match.Value);
            }
        }
        return (records, truth);
    }
}
