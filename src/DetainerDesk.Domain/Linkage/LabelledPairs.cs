namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// Comparison vectors of pairs whose answer is known — a reviewer's decision, or a benchmark's truth — counted per
/// field and level, separately for matches and non-matches. Fields missing on either side are not counted.
/// </summary>
public sealed class LabelledPairs
{
    public double[][] MatchCounts { get; } = ModelTraining.NewTable(0);
    public double[][] NonMatchCounts { get; } = ModelTraining.NewTable(0);
    public long Matches { get; private set; }
    public long NonMatches { get; private set; }
    /// <summary>True when the pairs are a random sample of the candidates (then their share of matches estimates the
    /// prior); false for pairs chosen for review, which are the doubtful ones.</summary>
    public bool RandomSample { get; init; }

    public void Add(ulong vector, bool samePerson)
    {
        ModelTraining.Count(samePerson ? MatchCounts : NonMatchCounts, vector, 1);
        if (samePerson) Matches++; else NonMatches++;
    }

    public void Add(PairComparison comparison, bool samePerson) => Add(comparison.Vector, samePerson);

    /// <summary>Adds another set's counts (one set per core, joined at the end).</summary>
    public void Add(LabelledPairs other)
    {
        for (var f = 0; f < MatchCounts.Length; f++)
            for (var l = 0; l < MatchCounts[f].Length; l++)
            {
                MatchCounts[f][l] += other.MatchCounts[f][l];
                NonMatchCounts[f][l] += other.NonMatchCounts[f][l];
            }
        Matches += other.Matches;
        NonMatches += other.NonMatches;
    }
}
