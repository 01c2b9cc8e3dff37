namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// m estimated pass by pass, as Splink does with its blocking rules. One EM over all candidates fits two classes to
/// a mixture of several: the non-matches of "surname + birth year" and those of "birth date" disagree in different
/// fields, and on the demo generator's people EM took one of those groups for the matches (given name "different"
/// at m = 0.77). Within one pass the non-matches are one kind; the fields of the pass's key agree by construction and
/// are left out of its EM; each field's m is then the average over the passes that do not use it, weighted by the
/// matches each pass expects.
/// </summary>
public static partial class ModelTraining
{
    /// <summary>The vector with the fields of <paramref name="pass"/>'s key set to missing.</summary>
    public static ulong WithoutKeyFields(ulong vector, BlockingPass pass)
    {
        foreach (var f in pass.Fields) vector |= 0xFUL << (4 * (int)f);
        return vector;
    }

    /// <param name="perPass">For each pass, the counts of <see cref="WithoutKeyFields"/> vectors of the pairs it puts up.</param>
    /// <param name="fallbackM">m for a field no pass can estimate (EM over all candidates).</param>
    public static double[][] MFromPasses(IReadOnlyList<BlockingPass> passes, IReadOnlyList<IReadOnlyDictionary<ulong, long>> perPass, double[][] randomU, double[][] fallbackM)
    {
        var sum = NewTable(0);
        var weight = new double[sum.Length];
        for (var p = 0; p < passes.Count; p++)
        {
            var counts = perPass[p];
            var total = counts.Values.Sum();
            if (total == 0) continue;
            var fit = Estimate(counts, randomU);
            for (var f = 0; f < sum.Length; f++)
            {
                if (passes[p].Fields.Contains((LinkField)f)) continue;
                long present = 0;
                foreach (var (v, n) in counts) if (((v >> (4 * f)) & 0xF) != LinkFieldLevels.Missing) present += n;
                var w = fit.Lambda * present; // the matches this pass expects among its pairs with the field
                if (w <= 0) continue;
                for (var l = 0; l < sum[f].Length; l++) sum[f][l] += w * fit.M[f][l];
                weight[f] += w;
            }
        }
        return [.. sum.Select((row, f) => weight[f] > 0 ? row.Select(x => x / weight[f]).ToArray() : fallbackM[f].ToArray())];
    }
}
