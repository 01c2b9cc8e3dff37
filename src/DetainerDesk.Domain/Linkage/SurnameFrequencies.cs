using System.Globalization;
using System.Reflection;

namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// How common a surname is, for the term-frequency adjustment: two records agreeing on "GARCIA" (rank 6 in the 2010
/// Census) is weaker evidence than two agreeing on "ZAVALETA". The frequency is the share in the records being linked,
/// smoothed towards the Census share with <see cref="CensusWeight"/> pseudo-records, so that a small file does not
/// call a name rare only because it appears once, and a file full of one family name is still heard.
/// </summary>
public sealed class SurnameFrequencies
{
    /// <summary>How many records the Census prior counts as.</summary>
    public const double CensusWeight = 1000;

    /// <summary>Share given to surnames outside the Census top 1,000 (rank 1,000 is about 0.0066 %).</summary>
    public const double UnlistedShare = 0.00002;

    private static readonly Lazy<Dictionary<string, double>> Census = new(LoadCensus);

    private readonly Dictionary<string, int> _counts;
    private readonly int _total;

    public SurnameFrequencies(IEnumerable<string> foldedSurnames)
    {
        _counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in foldedSurnames)
        {
            if (s.Length == 0) continue;
            _counts[s] = _counts.GetValueOrDefault(s) + 1;
            _total++;
        }
    }

    /// <summary>Census share of a folded surname (0–1), or <see cref="UnlistedShare"/>.</summary>
    public static double CensusShare(string folded) =>
        Census.Value.TryGetValue(folded, out var share) ? share : UnlistedShare;

    /// <summary>Probability that a random other record carries this surname.</summary>
    public double Share(string folded) =>
        (_counts.GetValueOrDefault(folded) + CensusWeight * CensusShare(folded)) / (_total + CensusWeight);

    private static Dictionary<string, double> LoadCensus()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Linkage/census-surnames-2010-top1000.csv")
            ?? throw new InvalidOperationException("The Census surname list is not embedded.");
        using var reader = new StreamReader(stream);
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            // Data rows: SURNAME,RANK,"COUNT","PER 100,000",... — the surname and rank are never quoted.
            var cells = SplitQuoted(line);
            if (cells.Count < 4 || !int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out _)) continue;
            if (double.TryParse(cells[3].Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var per100K))
                shares[NameText.Fold(cells[0])] = per100K / 100_000;
        }
        return shares;
    }

    private static List<string> SplitQuoted(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        cells.Add(current.ToString());
        return cells;
    }
}
