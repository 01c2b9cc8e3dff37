using System.Text.RegularExpressions;
using DetainerDesk.Domain.Linkage;

namespace DetainerDesk.Domain.Tests.Linkage;

/// <summary>
/// Reads the benchmark fixtures (Fixtures/PROVENANCE.md). They hold no quoted cells, so a split on commas with
/// trimming reads both FEBRL's ", " and plain CSV; the CLI uses a real CSV reader.
/// </summary>
internal static partial class BenchmarkData
{
    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Linkage", "Fixtures", file);

    private static IEnumerable<Dictionary<string, string>> Rows(string file)
    {
        var lines = File.ReadAllLines(PathOf(file));
        var header = lines[0].Split(',').Select(h => h.Trim()).ToArray();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split(',');
            yield return header.Select((h, i) => (h, v: i < cells.Length ? cells[i].Trim() : "")).ToDictionary(x => x.h, x => x.v);
        }
    }

    private static string? Value(Dictionary<string, string> row, string column) => row[column] is { Length: > 0 } v ? v : null;

    [GeneratedRegex(@"^rec-(\d+)-")]
    private static partial Regex FebrlEntity();

    public static (List<PersonRecord> Records, List<string> Truth) Febrl(string file, int source, bool withId)
    {
        var records = new List<PersonRecord>();
        var truth = new List<string>();
        foreach (var r in Rows(file))
        {
            records.Add(new PersonRecord
            {
                Id = r["rec_id"], Source = source, Given = Value(r, "given_name"), Surname = Value(r, "surname"),
                BirthDate = Value(r, "date_of_birth"),
                Street = string.Join(' ', new[] { r["street_number"], r["address_1"] }.Where(s => s.Length > 0)),
                City = Value(r, "suburb"), Postcode = Value(r, "postcode"), State = Value(r, "state"),
                OtherId = withId ? Value(r, "soc_sec_id") : null,
            });
            truth.Add(FebrlEntity().Match(r["rec_id"]).Groups[1].Value);
        }
        return (records, truth);
    }

    public static (List<PersonRecord> Records, List<string> Truth) Fake1000()
    {
        var records = new List<PersonRecord>();
        var truth = new List<string>();
        foreach (var r in Rows("fake_1000.csv"))
        {
            records.Add(new PersonRecord
            {
                Id = r["unique_id"], Given = Value(r, "first_name"), Surname = Value(r, "surname"), BirthDate = Value(r, "dob"),
                City = Value(r, "city"), Email = Value(r, "email"),
            });
            truth.Add(r["cluster"]);
        }
        return (records, truth);
    }
}
