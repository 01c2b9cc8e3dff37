namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// Fellegi–Sunter parameters: for every field and level, m = P(level | same person) and u = P(level | different
/// people); the match weight of a level is log2(m/u) bits, a pair's weight is the prior plus the sum over present
/// fields (a missing field says nothing: 0 bits), plus the surname term-frequency adjustment.
/// </summary>
public sealed class FellegiSunterModel
{
    /// <summary>Weight given to a pair sharing a valid strong identifier (shown as such in explanations).</summary>
    public const double SameIdentifierBits = 40;
    /// <summary>Bounds of the term-frequency adjustment, so one very rare or very common surname cannot decide alone.</summary>
    public const double MaxTfBits = 6, MinTfBits = -4;

    public double[][] M { get; }
    public double[][] U { get; }
    /// <summary>P(surnames agree exactly) over random pairs: the population reference for the term-frequency adjustment.</summary>
    public double RandomSurnameExactU { get; init; } = 0.001;
    /// <summary>Prior share of matches among all possible pairs (from EM's share among the blocked candidates).</summary>
    public double Lambda { get; internal set; }
    private readonly double[][] _weights;

    public FellegiSunterModel(double[][] m, double[][] u, double lambda)
    {
        M = m;
        U = u;
        Lambda = lambda;
        _weights = new double[m.Length][];
        Refresh();
    }

    internal void Refresh()
    {
        for (var f = 0; f < M.Length; f++)
        {
            _weights[f] = new double[M[f].Length];
            for (var l = 0; l < M[f].Length; l++) _weights[f][l] = Math.Log2(M[f][l] / U[f][l]);
        }
    }

    public double PriorBits => Math.Log2(Lambda / (1 - Lambda));

    public double LevelBits(LinkField field, int level) => _weights[(int)field][level];

    /// <summary>The largest weight among the field's levels from <paramref name="from"/> on, or 0 when all are
    /// negative (a missing field adds 0): an upper bound for <see cref="ScoreBound"/>.</summary>
    internal double BestBits(LinkField field, int from = 0)
    {
        var best = 0.0;
        var row = _weights[(int)field];
        for (var l = from; l < row.Length; l++) best = Math.Max(best, row[l]);
        return best;
    }

    public double TfAdjustmentBits(PairComparison c)
    {
        if (c.Level(LinkField.Surname) != 0 || c.SharedSurnameShare <= 0) return 0;
        // Agreeing on this surname is as likely by chance as its share; the level's weight assumed the average.
        return Math.Clamp(Math.Log2(RandomSurnameExactU / c.SharedSurnameShare), MinTfBits, MaxTfBits);
    }

    /// <summary>Total match weight in bits, prior included. Different strong identifiers: −∞; same: +<see cref="SameIdentifierBits"/>.</summary>
    public double Bits(PairComparison c)
    {
        if (c.Strong == StrongVerdict.DifferentIdentifier) return double.NegativeInfinity;
        if (c.Strong == StrongVerdict.SameIdentifier) return SameIdentifierBits;
        var bits = PriorBits + TfAdjustmentBits(c);
        var v = c.Vector;
        for (var f = 0; f < _weights.Length; f++, v >>= 4)
        {
            var level = (int)(v & 0xF);
            if (level != LinkFieldLevels.Missing) bits += _weights[f][level];
        }
        return bits;
    }

    public static double Probability(double bits) =>
        double.IsNegativeInfinity(bits) ? 0 : double.IsPositiveInfinity(bits) ? 1 : 1 / (1 + Math.Pow(2, -bits));

    public static double BitsFor(double probability) => Math.Log2(probability / (1 - probability));
}
