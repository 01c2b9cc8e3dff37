namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// Estimation from labelled pairs. Labels are combined with EM rather than replacing it: each field's m is the
/// labelled matches' level counts plus <see cref="EmPseudoPairs"/> pseudo-pairs spread as EM's m, so a handful of
/// labels nudges EM and thousands of labels decide. u stays the random-pair u: labelled non-matches are candidates
/// (pairs that already agree on a blocking key), not the population that u describes. A random sample of candidates
/// also gives the share of matches among them, which replaces EM's in the prior the same way.
/// </summary>
public static partial class ModelTraining
{
    /// <summary>How many labelled matches EM's m counts as.</summary>
    public const double EmPseudoPairs = 100;
    /// <summary>How many labelled candidates EM's share of matches counts as.</summary>
    public const double EmPseudoCandidates = 1000;

    /// <summary>A model from labels alone: m from the matches, u from the non-matches (among candidates, so only
    /// comparable with EM's within-candidate u), λ from their shares. Half a pseudo-count per level keeps every level
    /// possible.</summary>
    public static FellegiSunterModel FromLabelledPairs(LabelledPairs labels)
    {
        var m = Normalise(Smoothed(labels.MatchCounts, 0.5));
        var u = Normalise(Smoothed(labels.NonMatchCounts, 0.5));
        var lambda = Math.Clamp((labels.Matches + 0.5) / (labels.Matches + labels.NonMatches + 1.0), 1e-9, 1 - 1e-9);
        return new FellegiSunterModel(m, u, lambda);
    }

    /// <summary>EM's fit (<paramref name="fitted"/>, within the candidates) corrected by labels, then made a model over
    /// all pairs as <see cref="ForAllPairs(FellegiSunterModel, double[][], long, double)"/> does.</summary>
    public static FellegiSunterModel WithLabels(FellegiSunterModel fitted, LabelledPairs labels, double[][] randomU, long candidatePairs, double possiblePairs)
    {
        var m = new double[fitted.M.Length][];
        for (var f = 0; f < m.Length; f++)
        {
            var row = labels.MatchCounts[f];
            m[f] = new double[row.Length];
            for (var l = 0; l < row.Length; l++) m[f][l] = row[l] + EmPseudoPairs * fitted.M[f][l];
        }
        var lambda = labels.RandomSample
            ? (labels.Matches + EmPseudoCandidates * fitted.Lambda) / (labels.Matches + labels.NonMatches + EmPseudoCandidates)
            : fitted.Lambda;
        var combined = new FellegiSunterModel(Normalise(m), fitted.U, lambda) { RandomSurnameExactU = fitted.RandomSurnameExactU };
        return ForAllPairs(combined, randomU, candidatePairs, possiblePairs);
    }

    private static double[][] Smoothed(double[][] counts, double pseudoCount) =>
        counts.Select(row => row.Select(x => x + pseudoCount).ToArray()).ToArray();
}
