namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// One configuration for every data set: thresholds are not tuned per file (a matcher tuned on its test data
/// says nothing about the next jail's records).
/// </summary>
public sealed record LinkageOptions
{
    /// <summary>Pairs at or above this match probability are links.</summary>
    public double MatchProbability { get; init; } = 0.5;
    /// <summary>Compare only records of different sources (linking file A to file B).</summary>
    public bool LinkAcrossSourcesOnly { get; init; }
    public int MaxBlockSize { get; init; } = 1000;
    public int RandomPairsForU { get; init; } = 200_000;
    public int Seed { get; init; } = 20_261_129;
    public IReadOnlyList<BlockingPass> Passes { get; init; } = Blocking.DefaultPasses;
    public ClusteringGuard Guard { get; init; } = ClusteringGuard.Default;
    /// <summary>Receives one line per finished stage with its elapsed time, for progress and benchmarks.</summary>
    public Action<string>? Log { get; init; }
}

/// <summary>A compared pair (record indexes, I &lt; J) and its weight in bits.</summary>
public readonly record struct ScoredPair(int I, int J, double Bits)
{
    public double Probability => FellegiSunterModel.Probability(Bits);
}
