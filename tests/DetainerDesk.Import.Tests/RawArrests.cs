using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace DetainerDesk.Import.Tests;

/// <summary>
/// An independent reader of the I-213 fixture, for checking the importer: gunzip, one record per line (the release
/// has no line breaks inside values), a plain quote-aware comma split, and nothing from the product's code.
/// </summary>
public static class RawArrests
{
    public const string FileName = "uwchr_sea_i213_arrests_2022_2025_reduced.csv.gz";
    public const int Rows = 10_962;

    public static string Original => Path.Combine(AppContext.BaseDirectory, "fixtures", "ice-arrests", FileName);

    public static List<Dictionary<string, string>> Read(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var header = Split(reader.ReadLine()!);
        var rows = new List<Dictionary<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            var cells = Split(line);
            rows.Add(header.Select((h, i) => (h, v: cells[i])).ToDictionary(p => p.h, p => p.v));
        }
        return rows;
    }

    public static int FiscalYear(string isoDay)
    {
        var day = DateOnly.ParseExact(isoDay, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return day.Month >= 10 ? day.Year + 1 : day.Year;
    }

    /// <summary>Whether a row has a charge of this status in this NCIC category.</summary>
    public static bool HasCharge(Dictionary<string, string> row, string status, params string[] categories)
    {
        if (row["criminal_charges"].Length == 0) return false;
        using var json = JsonDocument.Parse(row["criminal_charges"]);
        return json.RootElement.EnumerateArray().Any(c =>
            c.GetProperty("CHARGE_STATUS").GetString() == status && categories.Contains(c.GetProperty("NCIC_CATEGORY").GetString()));
    }

    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
