using System.Globalization;
using System.Text;

namespace DetainerDesk.Data.Seeding;

/// <summary>A surname from the 2010 census list, upper case as published, with the share of bearers in each group.</summary>
public sealed record CensusSurname(string Name, int Rank, long Count, double PercentAsian, double PercentHispanic);

/// <summary>
/// The US Census Bureau's 1,000 most frequent surnames of 2010 (Files/Names_2010Census_Top1000.csv, public domain;
/// see Files/PROVENANCE.md), embedded in this assembly so that no run depends on a data folder.
/// </summary>
public static class CensusSurnames
{
    public const string FileName = "Names_2010Census_Top1000.csv";

    private static readonly Lazy<IReadOnlyList<CensusSurname>> Once = new(Load);

    public static IReadOnlyList<CensusSurname> Load() => Read(OpenEmbedded(FileName));

    /// <summary>The list, read once per process.</summary>
    public static IReadOnlyList<CensusSurname> Cached => Once.Value;

    public static TextReader OpenEmbedded(string fileName)
    {
        var stream = typeof(CensusSurnames).Assembly.GetManifestResourceStream("Seeding/" + fileName)
            ?? throw new InvalidOperationException($"Demo-data file '{fileName}' is not embedded in {typeof(CensusSurnames).Assembly.GetName().Name}; check the EmbeddedResource line for Seeding\\Files in the csproj.");
        return new StreamReader(stream, Encoding.UTF8);
    }

    /// <summary>Reads the data rows; title, header and footer lines are recognised by a second field that is not a rank.</summary>
    public static IReadOnlyList<CensusSurname> Read(TextReader reader)
    {
        var names = new List<CensusSurname>(1000);
        while (reader.ReadLine() is { } line)
        {
            var fields = SplitCsvLine(line);
            if (fields.Count < 11 || !int.TryParse(fields[1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var rank)) continue;
            var count = long.Parse(fields[2], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            names.Add(new CensusSurname(fields[0], rank, count, Percent(fields[7]), Percent(fields[10])));
        }
        if (names.Count != 1000)
            throw new FormatException($"Expected 1,000 surnames in {FileName}, found {names.Count}.");
        return names;
    }

    // "(S)" marks a cell suppressed for confidentiality: too few bearers to publish, so close to zero.
    private static double Percent(string field) =>
        double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;

    /// <summary>Splits one line of this file: commas, with quotes only around numbers that contain commas.</summary>
    private static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
