namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// Estimates a <see cref="FellegiSunterModel"/>; labels, when there are any, correct it (ModelTraining.Labels.cs), and
/// m is by default estimated pass by pass (ModelTraining.Passes.cs). u is measured on random pairs, which are almost
/// all different people. m is fitted by EM over the blocked candidate pairs — where m, u and λ are all free, because the
/// non-matches among candidates agree on their blocking keys far more often than random pairs and a u held at its
/// random-pair value made EM call every candidate a match. The model that scores then combines EM's m with the
/// random-pair u and a prior over all possible pairs (<see cref="ForAllPairs"/>): weights mean what they say about the
/// population, and agreement always counts for more than disagreement.
/// </summary>
public static partial class ModelTraining
{
    public static double[][] EstimateU(IReadOnlyList<PreparedPerson> people, bool acrossSourcesOnly, int samplePairs, int seed)
    {
        var counts = NewTable(1.0); // one pseudo-count per level: no level is ever impossible
        var random = new Random(seed);
        var firstSource = people.Where(p => p.Record.Source == 0).ToArray();
        var secondSource = people.Where(p => p.Record.Source != 0).ToArray();
        if (acrossSourcesOnly && (firstSource.Length == 0 || secondSource.Length == 0)) return Normalise(counts);
        if (people.Count < 2) return Normalise(counts);
        for (var s = 0; s < samplePairs; s++)
        {
            PreparedPerson a, b;
            if (acrossSourcesOnly)
            {
                a = firstSource[random.Next(firstSource.Length)];
                b = secondSource[random.Next(secondSource.Length)];
            }
            else
            {
                var i = random.Next(people.Count);
                var j = random.Next(people.Count - 1);
                if (j >= i) j++;
                a = people[i];
                b = people[j];
            }
            Count(counts, PairComparison.Compare(a, b).Vector, 1);
        }
        return Normalise(counts);
    }

    /// <summary>EM over distinct comparison vectors with their counts, starting from u of random pairs. Both m and u
    /// are re-estimated: the non-matches among blocked candidates agree on their blocking keys far more often than
    /// random pairs do, and a u held at its random-pair value makes every candidate look like a match.</summary>
    public static FellegiSunterModel Estimate(IReadOnlyDictionary<ulong, int> vectorCounts, double[][] randomU, int iterations = 60) =>
        Estimate(vectorCounts.ToDictionary(kv => kv.Key, kv => (long)kv.Value), randomU, iterations);

    /// <summary>The same with counts that may pass two billion (a million records make that many candidate pairs).</summary>
    public static FellegiSunterModel Estimate(IReadOnlyDictionary<ulong, long> vectorCounts, double[][] randomU, int iterations = 60) =>
        Estimate(vectorCounts, randomU, heldM: null, iterations);

    /// <param name="heldM">When given, m stays at these values and only u and λ are fitted.</param>
    public static FellegiSunterModel Estimate(IReadOnlyDictionary<ulong, long> vectorCounts, double[][] randomU, double[][]? heldM, int iterations = 60, double[][]? startM = null)
    {
        var m = heldM ?? startM ?? InitialM();
        var u = randomU.Select(r => r.ToArray()).ToArray();
        var lambda = 0.1;
        var vectors = vectorCounts.Keys.Order().ToArray(); // a fixed order: sums must not depend on how threads merged
        var counts = vectors.Select(v => (double)vectorCounts[v]).ToArray();
        var total = counts.Sum();
        for (var it = 0; it < iterations && total > 0; it++)
        {
            var table = NewTable(0.01);
            var nonTable = NewTable(0.01);
            double matches = 0;
            for (var k = 0; k < vectors.Length; k++)
            {
                double pm = lambda, pu = 1 - lambda;
                var v = vectors[k];
                for (var f = 0; f < m.Length; f++, v >>= 4)
                {
                    var level = (int)(v & 0xF);
                    if (level == LinkFieldLevels.Missing) continue;
                    pm *= m[f][level];
                    pu *= u[f][level];
                }
                var p = pm / (pm + pu);
                if (double.IsNaN(p)) p = 0;
                matches += p * counts[k];
                Count(table, vectors[k], p * counts[k]);
                Count(nonTable, vectors[k], (1 - p) * counts[k]);
            }
            if (heldM is null) m = Normalise(table);
            u = Normalise(nonTable);
            lambda = Math.Clamp(matches / total, 1e-9, 1 - 1e-9);
        }
        return new FellegiSunterModel(m, u, lambda) { RandomSurnameExactU = randomU[(int)LinkField.Surname][0] };
    }

    /// <summary>EM's m with the random-pair u and the prior over every possible pair: the matches EM expects among the
    /// candidates, divided by all pairs (pairs outside every block are taken as non-matches).</summary>
    public static FellegiSunterModel ForAllPairs(FellegiSunterModel fitted, double[][] randomU, int candidatePairs, double possiblePairs) =>
        ForAllPairs(fitted, randomU, (long)candidatePairs, possiblePairs);

    public static FellegiSunterModel ForAllPairs(FellegiSunterModel fitted, double[][] randomU, long candidatePairs, double possiblePairs)
    {
        var lambda = Math.Clamp(fitted.Lambda * candidatePairs / Math.Max(possiblePairs, 1), 1e-12, 0.5);
        return new FellegiSunterModel(fitted.M, randomU, lambda) { RandomSurnameExactU = fitted.RandomSurnameExactU };
    }

    internal static double[][] NewTable(double pseudoCount) =>
        LinkFieldLevels.All.Select(f => Enumerable.Repeat(pseudoCount, LinkFieldLevels.Count(f)).ToArray()).ToArray();

    internal static void Count(double[][] table, ulong vector, double weight)
    {
        for (var f = 0; f < table.Length; f++, vector >>= 4)
        {
            var level = (int)(vector & 0xF);
            if (level != LinkFieldLevels.Missing) table[f][level] += weight;
        }
    }

    internal static double[][] Normalise(double[][] table) =>
        table.Select(row => { var s = row.Sum(); return row.Select(x => x / s).ToArray(); }).ToArray();

    private static double[][] InitialM()
    {
        // Matches mostly agree: most mass on the best level, a little on each worse one.
        var m = new double[LinkFieldLevels.All.Length][];
        foreach (var field in LinkFieldLevels.All)
        {
            var n = LinkFieldLevels.Count(field);
            m[(int)field] = Enumerable.Range(0, n).Select(l => l == 0 ? 0.8 : 0.2 / (n - 1)).ToArray();
        }
        return m;
    }
}
